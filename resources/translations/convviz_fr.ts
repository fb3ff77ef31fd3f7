<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>convviz</name>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>System language</source>
      <translation>Langue du système</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>The desktop's language when convviz speaks it, else English</source>
      <translation>La langue du bureau si convviz la parle, sinon l'anglais</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>convviz will speak {language} from its next start: close it and open it again.</source>
      <translation>convviz parlera {language} au prochain démarrage : fermez-le puis rouvrez-le.</translation>
    </message>
  </context>
</TS>
