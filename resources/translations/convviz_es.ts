<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
  <context>
    <name>convviz</name>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>System language</source>
      <translation>Idioma del sistema</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>The desktop's language when convviz speaks it, else English</source>
      <translation>El idioma del escritorio si convviz lo habla; si no, inglés</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>convviz will speak {language} from its next start: close it and open it again.</source>
      <translation>convviz usará {language} a partir del próximo inicio: ciérrelo y vuelva a abrirlo.</translation>
    </message>
  </context>
</TS>
