"""The interface language: Qt's translators for convviz and Qt's own dialogs, and View ▸ Language."""
