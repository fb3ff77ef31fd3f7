<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>convviz</name>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>System language</source>
      <translation>Systemsprache</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>&amp;Language</source>
      <translation>&amp;Sprache</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>The desktop's language when convviz speaks it, else English</source>
      <translation>Die Sprache des Desktops, wenn convviz sie spricht, sonst Englisch</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>Language</source>
      <translation>Sprache</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>convviz will speak {language} from its next start: close it and open it again.</source>
      <translation>convviz spricht {language} ab dem nächsten Start: Schließen Sie es und öffnen Sie es erneut.</translation>
    </message>
  </context>
</TS>
