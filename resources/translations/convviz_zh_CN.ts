<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>convviz</name>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>System language</source>
      <translation>系统语言</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>&amp;Language</source>
      <translation>语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>The desktop's language when convviz speaks it, else English</source>
      <translation>若 convviz 支持桌面语言则使用它，否则使用英语</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/language/chooser.py" />
      <source>convviz will speak {language} from its next start: close it and open it again.</source>
      <translation>convviz 将在下次启动时使用{language}：请关闭后重新打开。</translation>
    </message>
  </context>
</TS>
