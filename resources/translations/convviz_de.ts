<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
  <context>
    <name>convviz</name>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>size must look like 1600x1000, not {text!r}</source>
      <translation>die Größe muss wie 1600x1000 aussehen, nicht {text!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>screenshots are at least {width}x{height}</source>
      <translation>Bildschirmfotos sind mindestens {width}x{height} groß</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>--lesson takes a lesson number such as 16, not {text!r}</source>
      <translation>--lesson erwartet eine Lektionsnummer wie 16, nicht {text!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>lessons are numbered from 1, so there is no lesson {number}</source>
      <translation>Lektionen werden ab 1 gezählt, also gibt es keine Lektion {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>there is no theme {text!r}; choose one of {choices}</source>
      <translation>es gibt kein Design {text!r}; eines wählen von: {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>there is no language {text!r}; choose one of {choices}</source>
      <translation>es gibt keine Sprache {text!r}; eine wählen von: {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>usage: </source>
      <translation>Aufruf: </translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>unrecognized arguments: {arguments}</source>
      <translation>unbekannte Argumente: {arguments}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{option} needs a value after it</source>
      <translation>{option} braucht danach einen Wert</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{option} is a switch and takes no value (got {value})</source>
      <translation>{option} ist ein Schalter und nimmt keinen Wert (erhalten: {value})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{option} is short for several options ({choices}); write it out</source>
      <translation>{option} ist die Kurzform mehrerer Optionen ({choices}); bitte ausschreiben</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{option}: {problem}</source>
      <translation>{option}: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{program}: error: {message}</source>
      <translation>{program}: Fehler: {message}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>See convolutional neural networks work.</source>
      <translation>Faltungsnetze bei der Arbeit sehen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>options</source>
      <translation>Optionen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>show this help and exit</source>
      <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>PATH</source>
      <translation>PFAD</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>open this picture at start</source>
      <translation>dieses Bild beim Start öffnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>NAME</source>
      <translation>NAME</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>start on this view: {views}</source>
      <translation>mit dieser Ansicht starten: {views}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>render --view offscreen to this PNG and exit</source>
      <translation>--view ohne Fenster in diese PNG-Datei zeichnen und beenden</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>screenshot size, e.g. 1600x1000</source>
      <translation>Größe des Bildschirmfotos, z. B. 1600x1000</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>add convviz to this user's application menu (Linux) and exit</source>
      <translation>convviz zum Anwendungsmenü dieses Benutzers hinzufügen (Linux) und beenden</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>remove what --install-desktop-entry added and exit</source>
      <translation>entfernen, was --install-desktop-entry hinzugefügt hat, und beenden</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>open in presentation mode (F11)</source>
      <translation>im Präsentationsmodus öffnen (F11)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>open built-in lesson N in its view</source>
      <translation>eingebaute Lektion N in ihrer Ansicht öffnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>system, light, dark or high-contrast, for this run only (the saved choice stays)</source>
      <translation>system, light, dark oder high-contrast, nur für diesen Start (die gespeicherte Wahl bleibt)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>LANG</source>
      <translation>SPRACHE</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>system, en, de, es, fr or zh_CN, for this run only (the saved choice stays)</source>
      <translation>system, en, de, es, fr oder zh_CN, nur für diesen Start (die gespeicherte Wahl bleibt)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: there is no view called {view!r}; choose one of {choices}.</source>
      <translation>convviz: Es gibt keine Ansicht namens {view!r}; eine wählen von: {choices}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: {problem}</source>
      <translation>convviz: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: --screenshot needs --view NAME (for example --view convolution) or --lesson N.</source>
      <translation>convviz: --screenshot braucht --view NAME (zum Beispiel --view convolution) oder --lesson N.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: the {view!r} view is not installed in this version.</source>
      <translation>convviz: Die Ansicht {view!r} ist in dieser Version nicht installiert.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: desktop entries are a Linux (freedesktop) feature; on this system, start convviz from a terminal or make a shortcut to it.</source>
      <translation>convviz: Desktop-Einträge gibt es nur unter Linux (freedesktop); auf diesem System convviz aus einem Terminal starten oder eine Verknüpfung dazu anlegen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: added {entry} and its icon {icon}; remove them with --uninstall-desktop-entry.</source>
      <translation>convviz: {entry} und sein Symbol {icon} hinzugefügt; mit --uninstall-desktop-entry wieder entfernen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: removed {files}</source>
      <translation>convviz: entfernt: {files}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: removed nothing (no entry was there).</source>
      <translation>convviz: nichts entfernt (es gab keinen Eintrag).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: could not change the desktop entry: {reason}.</source>
      <translation>convviz: Der Desktop-Eintrag konnte nicht geändert werden: {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>there is no lesson {number}; the built-in lessons are numbered {first} to {last}.</source>
      <translation>es gibt keine Lektion {number}; die eingebauten Lektionen sind von {first} bis {last} nummeriert.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>--image and --lesson both choose the picture; lesson {number} brings its own, so give one.</source>
      <translation>--image und --lesson wählen beide das Bild; Lektion {number} bringt ihr eigenes mit, also nur eines angeben.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>lesson {number} is shown in the {view} view, not the {asked} view; leave out --view.</source>
      <translation>Lektion {number} wird in der Ansicht {view} gezeigt, nicht in der Ansicht {asked}; --view weglassen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>lesson {number} is shown in the lesson panel (it is a concept lesson), not the {asked} view; leave out --view.</source>
      <translation>Lektion {number} wird im Lektionsfeld gezeigt (sie ist eine Konzeptlektion), nicht in der Ansicht {asked}; --view weglassen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: there is no file {path}; check the name and the folder.</source>
      <translation>convviz: Es gibt keine Datei {path}; Namen und Ordner prüfen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: {path} is a folder; --image needs a picture file.</source>
      <translation>convviz: {path} ist ein Ordner; --image braucht eine Bilddatei.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: {path} cannot be read (no permission to read it).</source>
      <translation>convviz: {path} kann nicht gelesen werden (keine Leseberechtigung).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>could not open {path}: {reason}</source>
      <translation>{path} konnte nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: lesson {number} did not finish within {seconds:.0f} s.</source>
      <translation>convviz: Lektion {number} wurde nicht innerhalb von {seconds:.0f} s fertig.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: the {view} view did not finish within {seconds:.0f} s.</source>
      <translation>convviz: Die Ansicht {view} wurde nicht innerhalb von {seconds:.0f} s fertig.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: the {width}x{height} window could not hold this view: its layout needs {need_width}x{need_height}, so the picture is {got_width}x{got_height}.</source>
      <translation>convviz: Das Fenster mit {width}x{height} reicht für diese Ansicht nicht: Ihr Layout braucht {need_width}x{need_height}, daher ist das Bild {got_width}x{got_height}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: could not write the screenshot to {path}.</source>
      <translation>convviz: Das Bildschirmfoto konnte nicht nach {path} geschrieben werden.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: saved {width}x{height} screenshot of the window to {path}</source>
      <translation>convviz: Bildschirmfoto des Fensters mit {width}x{height} in {path} gespeichert</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Pictures</source>
      <translation>Bilder</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>
&lt;h2&gt;convviz in five minutes&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Pick a picture&lt;/b&gt;: File ▸ Open sample, File ▸ Open image… (Ctrl+O), drop a file on the
window, or paste one (Ctrl+V).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Convolution&lt;/b&gt; (Ctrl+1): change the kernel's numbers (double-click a cell), choose a preset,
change stride, padding and dilation, and watch the feature map follow. The formula under
“Sliding the window” says why the map has its size.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Click a pixel&lt;/b&gt; of the feature map: the cells it reads light up on the input and the
products panel shows its sum, term by term. The PyTorch panel shows the same computation
as &lt;code&gt;F.conv2d&lt;/code&gt; and checks that it gives the same map.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Activation and pooling&lt;/b&gt; follow the convolution, each with its own map: the path a
CNN layer takes, conv → activation → pool.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Steps&lt;/b&gt; (Ctrl+2) slides the window one position at a time with every number visible;
&lt;b&gt;LeNet&lt;/b&gt; (Ctrl+3) shows a trained network reading a digit you draw.&lt;/li&gt;
&lt;/ol&gt;
&lt;h3&gt;Teaching with it&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Lessons&lt;/b&gt;: the worked examples and concepts of the course, loaded into the right view with a short
explanation (Alt+number, or number keys while presenting). Lessons ▸ Open lesson file… (Ctrl+L)
opens a teacher's own lesson.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Exercises&lt;/b&gt;: predict, then reveal — hide the output cells (H), reveal one (R) or all
(Shift+R); ask for the output size (O); let the class guess the digit before the probabilities.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Presentation&lt;/b&gt; (F11): full screen, larger numbers, Space plays, arrows step, +/− change
speed, P shows a pointer highlight. A presenter remote's Page Down / Page Up step, then go to the next /
previous lesson; B or . blanks the screen (B again brings it back). View ▸ Theme offers light, dark and
high contrast.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Export&lt;/b&gt; (File ▸ Export): a view or a single map as PNG, the sliding window as GIF or
APNG, matrices as CSV.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Sessions&lt;/b&gt;: File ▸ Save session (Ctrl+S) keeps the picture, kernels, settings, step and
edited filters; Edit ▸ Undo (Ctrl+Z) and Redo undo every edit.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Model&lt;/b&gt;: train LeNet yourself, ask &lt;i&gt;Why this digit?&lt;/i&gt;, browse the confusion matrix,
or open your own small model. &lt;i&gt;Class digits&lt;/i&gt; (Ctrl+Shift+D): draw your class's own digits,
press each one's key, see how the network reads them beside MNIST, and fine-tune on them.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Conventions, the same in every view&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Colours follow what a quantity can be&lt;/b&gt;, never what one picture happens to give. Values that can be
negative — kernels and weights, products, a convolution's output (even when this picture gives no negative
value), logits, tanh or leaky ReLU — are blue when negative, white at zero, orange when positive. Values that
cannot be negative — after ReLU or a sigmoid, pooling of those, probabilities — use viridis (dark purple = low,
yellow = high). Pictures are grey. The Steps grids, the maps and the exported files use the same colours; every
map has a colour bar with numbers and every grid cell shows its number, so colour is never the only clue.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Rows and columns are counted from 1&lt;/b&gt;, as the decks write a matrix: the top left cell is row 1, column 1.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Output size&lt;/b&gt; is written as in the decks, ⌊(n + 2p − f) / s⌋ + 1; with dilation d the kernel spans
f = d·(f − 1) + 1 cells, and the dilated form ⌊(n + 2p − d·(f − 1) − 1) / s⌋ + 1 is shown beside it.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;A kernel's factor is written apart&lt;/b&gt;, as the decks write “±1, then ÷ 9”: whole cells with “× 1/9” beside
the grid; the products are summed first and the sum is multiplied by the factor.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Hover over any map to read its values.&lt;/p&gt;
</source>
      <translation>
&lt;h2&gt;convviz in fünf Minuten&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Ein Bild wählen&lt;/b&gt;: Datei ▸ Beispiel öffnen, Datei ▸ Bild öffnen… (Strg+O), eine Datei auf das Fenster ziehen
oder eine einfügen (Strg+V).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Faltung&lt;/b&gt; (Strg+1): die Zahlen des Kernels ändern (Doppelklick auf eine Zelle), eine Vorlage wählen,
Schrittweite, Padding und Dilatation ändern und zusehen, wie die Merkmalskarte folgt. Die Formel unter
„Das Fenster verschieben“ sagt, warum die Karte ihre Größe hat.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ein Pixel anklicken&lt;/b&gt; in der Merkmalskarte: Die Zellen, die es liest, leuchten auf der Eingabe auf, und das
Produktfeld zeigt seine Summe Term für Term. Das PyTorch-Feld zeigt dieselbe Rechnung
als &lt;code&gt;F.conv2d&lt;/code&gt; und prüft, dass sie dieselbe Karte ergibt.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Aktivierung und Pooling&lt;/b&gt; folgen auf die Faltung, jede mit eigener Karte: der Weg einer
CNN-Schicht, Faltung → Aktivierung → Pooling.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Schritte&lt;/b&gt; (Strg+2) schiebt das Fenster Position für Position, jede Zahl sichtbar;
&lt;b&gt;LeNet&lt;/b&gt; (Strg+3) zeigt ein trainiertes Netz, das eine von Ihnen gezeichnete Ziffer liest.&lt;/li&gt;
&lt;/ol&gt;
&lt;h3&gt;Damit unterrichten&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Lektionen&lt;/b&gt;: die Rechenbeispiele und Konzepte des Kurses, in der passenden Ansicht mit einer kurzen
Erklärung geladen (Alt+Nummer, oder Zifferntasten beim Präsentieren). Lektionen ▸ Lektionsdatei öffnen… (Strg+L)
öffnet eine eigene Lektion einer Lehrkraft.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Übungen&lt;/b&gt;: vorhersagen, dann aufdecken — Ausgabezellen verbergen (H), eine aufdecken (R) oder alle
(Umschalt+R); nach der Ausgabegröße fragen (O); die Klasse die Ziffer raten lassen, bevor die Wahrscheinlichkeiten kommen.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Präsentation&lt;/b&gt; (F11): Vollbild, größere Zahlen, Leertaste spielt ab, Pfeile gehen schrittweise, +/− ändern
das Tempo, P zeigt einen Zeigerkreis. Bild ab / Bild auf einer Präsentationsfernbedienung gehen schrittweise, dann zur nächsten /
vorherigen Lektion; B oder . schwärzt den Bildschirm (noch einmal B holt ihn zurück). Ansicht ▸ Design bietet hell, dunkel und
hohen Kontrast.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Export&lt;/b&gt; (Datei ▸ Exportieren): eine Ansicht oder eine einzelne Karte als PNG, das gleitende Fenster als GIF oder
APNG, Matrizen als CSV.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Sitzungen&lt;/b&gt;: Datei ▸ Sitzung speichern (Strg+S) bewahrt Bild, Kernel, Einstellungen, Schritt und
bearbeitete Filter; Bearbeiten ▸ Rückgängig (Strg+Z) und Wiederholen machen jede Änderung rückgängig.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Modell&lt;/b&gt;: LeNet selbst trainieren, &lt;i&gt;Warum diese Ziffer?&lt;/i&gt; fragen, die Konfusionsmatrix durchsehen
oder ein eigenes kleines Modell öffnen. &lt;i&gt;Klassenziffern&lt;/i&gt; (Strg+Umschalt+D): die eigenen Ziffern Ihrer Klasse zeichnen,
jeweils ihre Taste drücken, sehen, wie das Netz sie neben MNIST liest, und darauf nachtrainieren.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Konventionen, in jeder Ansicht gleich&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Farben folgen dem, was eine Größe sein kann&lt;/b&gt;, nie dem, was ein Bild zufällig ergibt. Werte, die negativ sein
können — Kernel und Gewichte, Produkte, die Ausgabe einer Faltung (auch wenn dieses Bild keinen negativen Wert ergibt),
Logits, tanh oder Leaky ReLU — sind blau, wenn negativ, weiß bei null, orange, wenn positiv. Werte, die
nicht negativ sein können — nach ReLU oder einer Sigmoid-Funktion, deren Pooling, Wahrscheinlichkeiten — nutzen viridis (dunkelviolett = niedrig,
gelb = hoch). Bilder sind grau. Die Raster der Schritte-Ansicht, die Karten und die exportierten Dateien nutzen dieselben Farben; jede
Karte hat eine Farbleiste mit Zahlen und jede Rasterzelle zeigt ihre Zahl, Farbe ist also nie der einzige Hinweis.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Zeilen und Spalten werden ab 1 gezählt&lt;/b&gt;, wie die Folien eine Matrix schreiben: Die Zelle oben links ist Zeile 1, Spalte 1.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Die Ausgabegröße&lt;/b&gt; wird wie in den Folien geschrieben, ⌊(n + 2p − f) / s⌋ + 1; mit Dilatation d überspannt der Kernel
f = d·(f − 1) + 1 Zellen, und die dilatierte Form ⌊(n + 2p − d·(f − 1) − 1) / s⌋ + 1 steht daneben.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Der Faktor eines Kernels steht für sich&lt;/b&gt;, wie die Folien „±1, dann ÷ 9“ schreiben: ganze Zellen mit „× 1/9“ neben
dem Raster; die Produkte werden zuerst summiert, dann wird die Summe mit dem Faktor multipliziert.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Fahren Sie mit der Maus über eine Karte, um ihre Werte zu lesen.&lt;/p&gt;
</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>
&lt;h3&gt;Keyboard and screen readers&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Without a mouse&lt;/b&gt;: Tab and Shift+Tab move between controls; a thick ring in the highlight colour shows
where the keys go. Alt opens the menus (Alt + the underlined letter). Ctrl+1, Ctrl+2, Ctrl+3 switch views.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Grids of numbers&lt;/b&gt;: the arrow keys move between cells; type a number, or press Enter or F2, to change a cell,
Enter applies it, Esc cancels; Tab walks the cells of a kernel or input grid, then leaves it.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Maps&lt;/b&gt;: with a feature map focused, the arrow keys choose a pixel and its sum is shown term by term, as a
click does; in the LeNet view they choose a map or a unit to inspect.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Steps&lt;/b&gt;: Space plays or pauses, the arrow keys step, Home/End go to the first/last step, + and − change
the speed. A screen reader hears each step's arithmetic, “output row 2, column 3 equals …”.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;LeNet&lt;/b&gt;: drawing needs a mouse or pen; from the keyboard, choose “a 0” … “a 9” in the box beside
&lt;b&gt;Test digit&lt;/b&gt; and press Test digit (Space), or open a photo of a digit.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;View ▸ Reduce motion&lt;/b&gt;: nothing moves by itself (no autoplay, no sliding menus); the steps come when you
ask for them. Kept for the next start.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Every shortcut&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;File&lt;/b&gt;: Ctrl+O open a picture · Ctrl+V paste one · Ctrl+S save the session · Ctrl+Shift+S save it as ·
Ctrl+Alt+O open a session · Ctrl+Q quit.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Edit&lt;/b&gt;: Ctrl+Z undo (also Alt+Backspace) · Ctrl+Shift+Z or Ctrl+Y redo (also Alt+Shift+Backspace).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;View&lt;/b&gt;: Ctrl+1 Convolution · Ctrl+2 Steps · Ctrl+3 LeNet · F11 presentation mode · Ctrl+Shift+P pointer
highlight (P while presenting) · B blank the screen while presenting.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Lessons&lt;/b&gt;: Alt+number opens a lesson · Alt+Right / Alt+Left the next / previous lesson · Ctrl+L a lesson
file. &lt;b&gt;Exercises&lt;/b&gt;: H hide the answers · R reveal the next · Shift+R reveal all · O ask for the output size.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Model&lt;/b&gt;: Ctrl+T train LeNet · Ctrl+Shift+W why this digit? · Ctrl+Shift+M confusion matrix ·
Ctrl+Shift+U what each unit looks for · Ctrl+Shift+O open your own model.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Help&lt;/b&gt;: F1 this Guide.&lt;/li&gt;
&lt;/ul&gt;
</source>
      <translation>
&lt;h3&gt;Tastatur und Screenreader&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Ohne Maus&lt;/b&gt;: Tab und Umschalt+Tab wechseln zwischen den Bedienelementen; ein dicker Ring in der Hervorhebungsfarbe zeigt,
wohin die Tasten gehen. Alt öffnet die Menüs (Alt + der unterstrichene Buchstabe). Strg+1, Strg+2, Strg+3 wechseln die Ansicht.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Zahlenraster&lt;/b&gt;: Die Pfeiltasten wechseln zwischen Zellen; eine Zahl tippen oder Enter bzw. F2 drücken ändert eine Zelle,
Enter übernimmt, Esc bricht ab; Tab geht durch die Zellen eines Kernel- oder Eingaberasters und verlässt es dann.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Karten&lt;/b&gt;: Ist eine Merkmalskarte im Fokus, wählen die Pfeiltasten ein Pixel, und seine Summe erscheint Term für Term, wie
bei einem Klick; in der LeNet-Ansicht wählen sie eine Karte oder Einheit zum Untersuchen.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Schritte&lt;/b&gt;: Leertaste spielt ab oder hält an, die Pfeiltasten gehen schrittweise, Pos1/Ende gehen zum ersten/letzten Schritt, + und − ändern
das Tempo. Ein Screenreader liest die Rechnung jedes Schritts vor, „Ausgabe Zeile 2, Spalte 3 ist gleich …“.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;LeNet&lt;/b&gt;: Zeichnen braucht Maus oder Stift; mit der Tastatur „eine 0“ … „eine 9“ im Feld neben
&lt;b&gt;Testziffer&lt;/b&gt; wählen und Testziffer drücken (Leertaste), oder ein Foto einer Ziffer öffnen.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ansicht ▸ Bewegung reduzieren&lt;/b&gt;: Nichts bewegt sich von selbst (kein automatisches Abspielen, keine gleitenden Menüs); die Schritte kommen, wenn Sie
sie anfordern. Bleibt für den nächsten Start erhalten.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Alle Tastenkürzel&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Datei&lt;/b&gt;: Strg+O Bild öffnen · Strg+V Bild einfügen · Strg+S Sitzung speichern · Strg+Umschalt+S speichern unter ·
Strg+Alt+O Sitzung öffnen · Strg+Q beenden.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Bearbeiten&lt;/b&gt;: Strg+Z rückgängig (auch Alt+Rücktaste) · Strg+Umschalt+Z oder Strg+Y wiederholen (auch Alt+Umschalt+Rücktaste).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ansicht&lt;/b&gt;: Strg+1 Faltung · Strg+2 Schritte · Strg+3 LeNet · F11 Präsentationsmodus · Strg+Umschalt+P Zeigerkreis
(P beim Präsentieren) · B Bildschirm schwärzen beim Präsentieren.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Lektionen&lt;/b&gt;: Alt+Nummer öffnet eine Lektion · Alt+Rechts / Alt+Links nächste / vorherige Lektion · Strg+L eine Lektionsdatei.
&lt;b&gt;Übungen&lt;/b&gt;: H Antworten verbergen · R die nächste aufdecken · Umschalt+R alle aufdecken · O nach der Ausgabegröße fragen.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Modell&lt;/b&gt;: Strg+T LeNet trainieren · Strg+Umschalt+W Warum diese Ziffer? · Strg+Umschalt+M Konfusionsmatrix ·
Strg+Umschalt+U wonach jede Einheit sucht · Strg+Umschalt+O eigenes Modell öffnen.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Hilfe&lt;/b&gt;: F1 diese Anleitung.&lt;/li&gt;
&lt;/ul&gt;
</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&lt;p&gt;&lt;b&gt;Floating panels&lt;/b&gt;: on a narrow window the model panels float as windows of their own, outside the Tab order. F6 (Model ▸ Go to the floating panel) moves the keyboard into the first, on to the next, and from the last back to the main window.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Schwebende Felder&lt;/b&gt;: In einem schmalen Fenster schweben die Modellfelder als eigene Fenster, außerhalb der Tab-Reihenfolge. F6 (Modell ▸ Zum schwebenden Feld) bringt die Tastatur ins erste, weiter ins nächste und vom letzten zurück ins Hauptfenster.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Convolution</source>
      <translation>Faltung</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Steps</source>
      <translation>Schritte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Loading the {view} view…</source>
      <translation>Ansicht {view} wird geladen…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>see convolutional networks work</source>
      <translation>Faltungsnetze bei der Arbeit sehen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>No views are installed.</source>
      <translation>Es sind keine Ansichten installiert.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Compute</source>
      <translation>Rechnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Compute on:</source>
      <translation>Rechnen auf:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Where the views compute: the CPU, or a GPU when one is present</source>
      <translation>Wo die Ansichten rechnen: auf der CPU oder, falls vorhanden, auf einer GPU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>compute device</source>
      <translation>Rechengerät</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;File</source>
      <translation>&amp;Datei</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Open image…</source>
      <translation>Bild &amp;öffnen…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Open &amp;sample</source>
      <translation>&amp;Beispiel öffnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Paste picture</source>
      <translation>Bild &amp;einfügen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Recent files</source>
      <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Beenden</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;View</source>
      <translation>&amp;Ansicht</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>{view} (not installed yet)</source>
      <translation>{view} (noch nicht installiert)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Full screen</source>
      <translation>&amp;Vollbild</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Help</source>
      <translation>&amp;Hilfe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Guide</source>
      <translation>&amp;Anleitung</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;About convviz</source>
      <translation>&amp;Über convviz</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Where the last update was computed and how long it took</source>
      <translation>Wo die letzte Aktualisierung berechnet wurde und wie lange sie dauerte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Loading…</source>
      <translation>Wird geladen…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Ready.</source>
      <translation>Bereit.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>The {view} view could not start: {problem}</source>
      <translation>Die Ansicht {view} konnte nicht starten: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>The {view} view could not start:</source>
      <translation>Die Ansicht {view} konnte nicht starten:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Open a picture</source>
      <translation>Bild öffnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Opening {file}…</source>
      <translation>{file} wird geöffnet…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Could not paste: {problem} The previous picture stays.</source>
      <translation>Einfügen nicht möglich: {problem} Das bisherige Bild bleibt.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>The clipboard holds no picture: copy an image or a picture file first.</source>
      <translation>Die Zwischenablage enthält kein Bild: Kopieren Sie zuerst ein Bild oder eine Bilddatei.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>colour</source>
      <translation>Farbe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>grey</source>
      <translation>grau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Picture: {picture} ({w}×{h}, {kind}).</source>
      <translation>Bild: {picture} ({w}×{h}, {kind}).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Could not open that picture: {problem} The previous picture stays.</source>
      <translation>Das Bild ließ sich nicht öffnen: {problem} Das bisherige Bild bleibt.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Clear the list</source>
      <translation>Liste leeren</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>(none yet)</source>
      <translation>(noch keine)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>convviz guide</source>
      <translation>convviz-Anleitung</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>About convviz</source>
      <translation>Über convviz</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>{name} is a folder, not a picture.</source>
      <translation>{name} ist ein Ordner, kein Bild.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>not loaded yet</source>
      <translation>noch nicht geladen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>compute devices</source>
      <translation>Rechengeräte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>See convolutional neural networks work: live convolution, the sliding window step by step, and a trained LeNet layer by layer. MIT licence.</source>
      <translation>Faltungsnetze bei der Arbeit sehen: Faltung live, das gleitende Fenster Schritt für Schritt und ein trainiertes LeNet Schicht für Schicht. MIT-Lizenz.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Data shipped with convviz</source>
      <translation>Mit convviz ausgelieferte Daten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>known once torch has loaded</source>
      <translation>bekannt, sobald torch geladen ist</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>CPU ({threads} threads)</source>
      <translation>CPU ({threads} Threads)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/platform_check.py" />
      <source>convviz: Qt cannot open a window here: the system lacks {libraries}.</source>
      <translation>convviz: Qt kann hier kein Fenster öffnen: Dem System fehlen {libraries}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/platform_check.py" />
      <source>Install them, then start convviz again:</source>
      <translation>Diese installieren und convviz dann erneut starten:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/platform_check.py" />
      <source>(Without a desktop, QT_QPA_PLATFORM=offscreen runs convviz's screenshots and tests.)</source>
      <translation>(Ohne Desktop erstellt convviz mit QT_QPA_PLATFORM=offscreen seine Bildschirmfotos und führt die Tests aus.)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;System</source>
      <translation>&amp;System</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;Light</source>
      <translation>&amp;Hell</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;Dark</source>
      <translation>&amp;Dunkel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;High contrast</source>
      <translation>Hoher &amp;Kontrast</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;Theme</source>
      <translation>&amp;Design</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>Light or dark, as the desktop is set; follows it when it changes</source>
      <translation>Hell oder dunkel wie der Desktop; folgt ihm, wenn er wechselt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>Pure black on white, no grey text: best on a washed-out projector</source>
      <translation>Reines Schwarz auf Weiß, kein grauer Text: am besten für blasse Projektoren</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/accessibility/reduced_motion.py" />
      <source>Reduce &amp;motion</source>
      <translation>&amp;Bewegung reduzieren</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/accessibility/reduced_motion.py" />
      <source>Nothing moves by itself: no autoplay of the steps, no sliding or fading menus</source>
      <translation>Nichts bewegt sich von selbst: kein automatisches Abspielen der Schritte, keine gleitenden oder verblassenden Menüs</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/fine_tune_runner.py" />
      <source>Fine-tuning failed: {error}</source>
      <translation>Nachtrainieren fehlgeschlagen: {error}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Class digits</source>
      <translation>Klassenziffern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{value}%</source>
      <translation>{value} %</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>every layer (conv1 … fc3)</source>
      <translation>alle Schichten (conv1 … fc3)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>the last layer ({name})</source>
      <translation>die letzte Schicht ({name})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>the last {count} layers ({names})</source>
      <translation>die letzten {count} Schichten ({names})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{count} class digits that are {true}s, read right</source>
      <translation>{count} Klassenziffern „{true}“, richtig gelesen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{count} class digits that are {true}s, read as {predicted} · click to list them</source>
      <translation>{count} Klassenziffern „{true}“, gelesen als {predicted} · klicken, um sie aufzulisten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Does the network read &lt;b&gt;your class's&lt;/b&gt; handwriting? Draw a digit, then press its key (0–9). Save the collection; a teacher merges the files of every machine.</source>
      <translation>Liest das Netz die Handschrift &lt;b&gt;Ihrer Klasse&lt;/b&gt;? Zeichnen Sie eine Ziffer und drücken Sie dann ihre Taste (0–9). Speichern Sie die Sammlung; eine Lehrkraft führt die Dateien aller Rechner zusammen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Draw and label</source>
      <translation>Zeichnen und benennen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Draw one digit, then press its key (0–9) or click its button</source>
      <translation>Eine Ziffer zeichnen, dann ihre Taste (0–9) drücken oder ihre Schaltfläche anklicken</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>This drawing is a {digit} (key {digit})</source>
      <translation>Diese Zeichnung ist eine {digit} (Taste {digit})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Undo stroke</source>
      <translation>Strich zurück</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Clear</source>
      <translation>Löschen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Remove last digit</source>
      <translation>Letzte Ziffer entfernen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Take back the digit added last (labelled by mistake)</source>
      <translation>Die zuletzt hinzugefügte Ziffer zurücknehmen (falsch benannt)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Add from files…</source>
      <translation>Aus Dateien hinzufügen…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Merge class digits files (from several machines): a digit in two files is kept once</source>
      <translation>Klassenziffern-Dateien (von mehreren Rechnern) zusammenführen: Eine Ziffer in zwei Dateien wird einmal behalten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Save as…</source>
      <translation>Speichern unter…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Start over</source>
      <translation>Neu beginnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Empty the collection (the files saved stay as they are)</source>
      <translation>Die Sammlung leeren (gespeicherte Dateien bleiben, wie sie sind)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Then press its key, or click:</source>
      <translation>Dann ihre Taste drücken oder klicken:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>How the network reads them</source>
      <translation>Wie das Netz sie liest</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Fine-tune on the class digits</source>
      <translation>Auf die Klassenziffern nachtrainieren</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Only these layers learn; the others keep the weights you see</source>
      <translation>Nur diese Schichten lernen; die anderen behalten die gezeigten Gewichte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source> epochs</source>
      <translation> Epochen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Fine-tune</source>
      <translation>Nachtrainieren</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>A quarter of each digit's drawings is kept aside to measure on; the network learns from the rest</source>
      <translation>Ein Viertel der Zeichnungen jeder Ziffer wird zum Messen zurückgehalten; das Netz lernt aus dem Rest</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Stop</source>
      <translation>Stopp</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Learns from the class digits, starting from the weights shown.</source>
      <translation>Lernt aus den Klassenziffern, ausgehend von den gezeigten Gewichten.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>read right</source>
      <translation>richtig gelesen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>before</source>
      <translation>vorher</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>after</source>
      <translation>nachher</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>change</source>
      <translation>Änderung</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Show the fine-tuned network in the explorer</source>
      <translation>Das nachtrainierte Netz im Explorer zeigen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Draw a digit first, then press its key.</source>
      <translation>Zeichnen Sie zuerst eine Ziffer und drücken Sie dann ihre Taste.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Added a {digit}: {count} class digits.</source>
      <translation>Eine {digit} hinzugefügt: {count} Klassenziffern.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Took back the last digit: {count} class digits.</source>
      <translation>Letzte Ziffer zurückgenommen: {count} Klassenziffern.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Start over?</source>
      <translation>Neu beginnen?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>The {count} class digits are not saved. Empty the collection anyway?</source>
      <translation>Die {count} Klassenziffern sind nicht gespeichert. Die Sammlung trotzdem leeren?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>No class digits yet.</source>
      <translation>Noch keine Klassenziffern.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{digit}: {count}</source>
      <translation>{digit}: {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>&lt;b&gt;{count}&lt;/b&gt; class digits · {each}</source>
      <translation>&lt;b&gt;{count}&lt;/b&gt; Klassenziffern · {each}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Add class digits files</source>
      <translation>Klassenziffern-Dateien hinzufügen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Added {added} digits from {files} files ({dropped} already there): {count} class digits.</source>
      <translation>{added} Ziffern aus {files} Dateien hinzugefügt ({dropped} schon vorhanden): {count} Klassenziffern.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Some files were not added</source>
      <translation>Einige Dateien wurden nicht hinzugefügt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Added {added} class digits.</source>
      <translation>{added} Klassenziffern hinzugefügt.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Save the class digits</source>
      <translation>Klassenziffern speichern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>class-digits</source>
      <translation>klassenziffern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>The class digits were not saved: {error}</source>
      <translation>Die Klassenziffern wurden nicht gespeichert: {error}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Saved {count} class digits to {name} ({size} kB).</source>
      <translation>{count} Klassenziffern in {name} gespeichert ({size} kB).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Misread digits (click one to see it in the LeNet explorer):</source>
      <translation>Falsch gelesene Ziffern (eine anklicken, um sie im LeNet-Explorer zu sehen):</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>The class digits could not be read: {error}</source>
      <translation>Die Klassenziffern konnten nicht gelesen werden: {error}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Open the LeNet explorer: the network it shows reads the class digits.</source>
      <translation>Den LeNet-Explorer öffnen: Das Netz, das er zeigt, liest die Klassenziffern.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>&lt;b&gt;{name}&lt;/b&gt; reads {mnist} of the MNIST test digits right. Draw class digits to compare.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt; liest {mnist} der MNIST-Testziffern richtig. Zeichnen Sie Klassenziffern zum Vergleich.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>&lt;b&gt;{name}&lt;/b&gt; is reading the class digits…</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt; liest die Klassenziffern…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>&lt;b&gt;{name}&lt;/b&gt; reads &lt;b&gt;{class_accuracy}&lt;/b&gt; of the {count} class digits right ({right}), and &lt;b&gt;{mnist}&lt;/b&gt; of the 10,000 MNIST test digits.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt; liest &lt;b&gt;{class_accuracy}&lt;/b&gt; der {count} Klassenziffern richtig ({right}) und &lt;b&gt;{mnist}&lt;/b&gt; der 10.000 MNIST-Testziffern.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{true}s read right:</source>
      <translation>„{true}“ richtig gelesen:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{true}s read as {predicted}:</source>
      <translation>„{true}“ gelesen als {predicted}:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>class digit {number}: a {label}, read as {read_as} · click to see it in the LeNet explorer</source>
      <translation>Klassenziffer {number}: eine {label}, gelesen als {read_as} · klicken, um sie im LeNet-Explorer zu sehen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>No class digit is misread.</source>
      <translation>Keine Klassenziffer wird falsch gelesen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>class digit {number} (a {label})</source>
      <translation>Klassenziffer {number} (eine {label})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Fine-tuning works on LeNet networks; your own model runs sealed in a sandbox</source>
      <translation>Nachtrainieren geht mit LeNet-Netzen; Ihr eigenes Modell läuft abgeschottet in einer Sandbox</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Draw at least two of a digit: one is kept aside to measure on</source>
      <translation>Zeichnen Sie mindestens zwei von einer Ziffer: eine wird zum Messen zurückgehalten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Fine-tuning {layers} of {name}…</source>
      <translation>Nachtrainieren: {layers} von {name}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Epoch {epoch} of {epochs}: loss {loss}, {accuracy} of the training class digits right</source>
      <translation>Epoche {epoch} von {epochs}: Verlust {loss}, {accuracy} der Trainings-Klassenziffern richtig</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Stopped after {done} of {epochs} epochs</source>
      <translation>Gestoppt nach {done} von {epochs} Epochen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{done} epochs</source>
      <translation>{done} Epochen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{how} on {learnt} class digits ({layers}); {held} held out to measure on, in {seconds} s.</source>
      <translation>{how} mit {learnt} Klassenziffern ({layers}); {held} zum Messen zurückgehalten, in {seconds} s.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>held-out class digits ({count})</source>
      <translation>zurückgehaltene Klassenziffern ({count})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>MNIST test digits ({count})</source>
      <translation>MNIST-Testziffern ({count})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{right} of {count} right</source>
      <translation>{right} von {count} richtig</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{percent} ({right} of {count})</source>
      <translation>{percent} ({right} von {count})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{sign}{points} points</source>
      <translation>{sign}{points} Punkte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Class &amp;digits…</source>
      <translation>&amp;Klassenziffern…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Draw and label your class's own digits: how well does the network read them?</source>
      <translation>Die eigenen Ziffern Ihrer Klasse zeichnen und benennen: Wie gut liest das Netz sie?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>&amp;Fine-tune on class digits…</source>
      <translation>Auf Klassenziffern &amp;nachtrainieren…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>The explorer reads {name}.</source>
      <translation>Der Explorer liest {name}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>fine-tuned on {count} class digits, stopped after {epochs} epochs</source>
      <translation>auf {count} Klassenziffern nachtrainiert, nach {epochs} Epochen gestoppt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>fine-tuned on {count} class digits, after {epochs} epochs</source>
      <translation>auf {count} Klassenziffern nachtrainiert, nach {epochs} Epochen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Fine-tuned on class digits</source>
      <translation>Auf Klassenziffern nachtrainiert</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Fine-tuned: choose “Fine-tuned on class digits” under the explorer to look inside.</source>
      <translation>Nachtrainiert: Wählen Sie „Auf Klassenziffern nachtrainiert“ unter dem Explorer, um hineinzusehen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Save the class digits?</source>
      <translation>Klassenziffern speichern?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>The {count} class digits drawn here are not saved. Save them before closing?</source>
      <translation>Die {count} hier gezeichneten Klassenziffern sind nicht gespeichert. Vor dem Schließen speichern?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>These settings give no output to guess.</source>
      <translation>Diese Einstellungen ergeben keine Ausgabe zum Raten.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Right: {value}.</source>
      <translation>Richtig: {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Not {guess}. Try again, or reveal the cell (R).</source>
      <translation>Nicht {guess}. Noch einmal versuchen oder die Zelle aufdecken (R).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Not {guess}: the true value is {value}.</source>
      <translation>Nicht {guess}: Der wahre Wert ist {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>rows = columns = {formula}</source>
      <translation>Zeilen = Spalten = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>rows = {formula}</source>
      <translation>Zeilen = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>columns = {formula}</source>
      <translation>Spalten = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>no output</source>
      <translation>keine Ausgabe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>How big is the output?</source>
      <translation>Wie groß ist die Ausgabe?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>output side = {formula}</source>
      <translation>Ausgabeseite = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Answer the size question to step through</source>
      <translation>Beantworten Sie die Größenfrage, um durchzugehen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>a {kh}×{kw} kernel</source>
      <translation>ein {kh}×{kw}-Kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>, dilation {dilation}</source>
      <translation>, Dilatation {dilation}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>a transposed convolution with {kernel}</source>
      <translation>eine transponierte Faltung mit {kernel}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>, output padding {padding}</source>
      <translation>, Ausgabe-Padding {padding}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>max pooling {k}×{k}</source>
      <translation>Max-Pooling {k}×{k}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>average pooling {k}×{k}</source>
      <translation>Mittelwert-Pooling {k}×{k}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>A {rows}×{cols} input, {what}, padding {padding}, stride {stride}: how many rows × columns does the output have?</source>
      <translation>Eine {rows}×{cols}-Eingabe, {what}, Padding {padding}, Schrittweite {stride}: Wie viele Zeilen × Spalten hat die Ausgabe?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>no output: {problem}</source>
      <translation>keine Ausgabe: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Not {guess}. Try again, or reveal the size (Shift+R).</source>
      <translation>Nicht {guess}. Noch einmal versuchen oder die Größe aufdecken (Umschalt+R).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Right: the output is {size}.</source>
      <translation>Richtig: Die Ausgabe ist {size}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>The output is {size}.</source>
      <translation>Die Ausgabe ist {size}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Which digit?</source>
      <translation>Welche Ziffer?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>How sure? Guess first, then reveal.</source>
      <translation>Wie sicher? Erst raten, dann aufdecken.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>The network has not read a digit yet: draw one or pick a test digit.</source>
      <translation>Das Netz hat noch keine Ziffer gelesen: Zeichnen Sie eine oder wählen Sie eine Testziffer.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Enter a digit from 0 to 9 and how sure the class is, from 0 % to 100 %.</source>
      <translation>Geben Sie eine Ziffer von 0 bis 9 ein und wie sicher die Klasse ist, von 0 % bis 100 %.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>You said {digit}, {confidence} sure. The network reads {winner}, {sure} sure.</source>
      <translation>Sie sagten {digit}, {confidence} sicher. Das Netz liest {winner}, {sure} sicher.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Same digit.</source>
      <translation>Gleiche Ziffer.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>A different digit: the network gives your {digit} only {share}.</source>
      <translation>Eine andere Ziffer: Das Netz gibt Ihrer {digit} nur {share}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>It is about as sure as you were.</source>
      <translation>Es ist ungefähr so sicher wie Sie.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>It is more sure than you were.</source>
      <translation>Es ist sicherer als Sie.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>It is less sure than you were.</source>
      <translation>Es ist weniger sicher als Sie.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>The test digit's true label is {label}.</source>
      <translation>Das wahre Label der Testziffer ist {label}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Cover the output and ask the class how big it will be.</source>
      <translation>Die Ausgabe abdecken und die Klasse fragen, wie groß sie wird.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>predict, then reveal</source>
      <translation>vorhersagen, dann aufdecken</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The exercises of the view on screen</source>
      <translation>Die Übungen der sichtbaren Ansicht</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the output cells</source>
      <translation>Ausgabezellen verbergen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the output cells so the class can predict them</source>
      <translation>Die Ausgabezellen verbergen, damit die Klasse sie vorhersagen kann</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>the class's guess for the highlighted cell</source>
      <translation>Tipp der Klasse für die markierte Zelle</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Type a number and press Enter to check it</source>
      <translation>Eine Zahl tippen und Enter drücken, um sie zu prüfen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Check</source>
      <translation>Prüfen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Check the guess against the true value</source>
      <translation>Die Vermutung mit dem wahren Wert vergleichen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal next</source>
      <translation>Nächste aufdecken</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show the highlighted cell; again, move the window on</source>
      <translation>Die hervorgehobene Zelle zeigen; noch einmal schiebt das Fenster weiter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal all</source>
      <translation>Alle aufdecken</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show every output cell</source>
      <translation>Alle Ausgabezellen zeigen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Ask: what is the output size?</source>
      <translation>Fragen: Wie groß ist die Ausgabe?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Cover the output and its formula and ask the class for its size</source>
      <translation>Die Ausgabe und ihre Formel verdecken und die Klasse nach ihrer Größe fragen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>rows×columns, e.g. 4×4</source>
      <translation>Zeilen×Spalten, z. B. 4×4</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>the class's output size</source>
      <translation>die Ausgabegröße der Klasse</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Rows×columns, e.g. 4×4; press Enter to check it</source>
      <translation>Zeilen×Spalten, z. B. 4×4; Enter drücken, um sie zu prüfen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Check the output size</source>
      <translation>Ausgabegröße prüfen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal the size</source>
      <translation>Größe aufdecken</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show the output size and how the formula gives it</source>
      <translation>Die Ausgabegröße zeigen und wie die Formel sie ergibt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Predict the output cells</source>
      <translation>Ausgabezellen vorhersagen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the output, let the class work out the highlighted cell, then reveal it. R reveals it, R again moves the window on.</source>
      <translation>Die Ausgabe verbergen, die Klasse die markierte Zelle ausrechnen lassen, dann aufdecken. R deckt sie auf, noch einmal R schiebt das Fenster weiter.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>What is the output size?</source>
      <translation>Wie groß ist die Ausgabe?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the answer</source>
      <translation>Antwort verbergen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the network's answer until the class has guessed</source>
      <translation>Die Antwort des Netzes verbergen, bis die Klasse geraten hat</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The digit the class thinks the network will read</source>
      <translation>Die Ziffer, die das Netz nach Meinung der Klasse lesen wird</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>How sure the class thinks the network will be</source>
      <translation>Wie sicher das Netz nach Meinung der Klasse sein wird</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>{percent} % sure</source>
      <translation>{percent} % sicher</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Digit</source>
      <translation>Ziffer</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal</source>
      <translation>Aufdecken</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show the network's answer beside the class's guess</source>
      <translation>Die Antwort des Netzes neben der Vermutung der Klasse zeigen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Which digit, and how sure?</source>
      <translation>Welche Ziffer, und wie sicher?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the network's answer, draw or pick a digit, and let the class say which digit it will read and how sure it will be. Then reveal.</source>
      <translation>Die Antwort des Netzes verbergen, eine Ziffer zeichnen oder wählen und die Klasse sagen lassen, welche Ziffer es liest und wie sicher es sein wird. Dann aufdecken.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Predict cells in the Steps view</source>
      <translation>Zellen in der Schritte-Ansicht vorhersagen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Go to the Steps view and its exercises</source>
      <translation>Zur Schritte-Ansicht und ihren Übungen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Guess the digit in the LeNet view</source>
      <translation>Die Ziffer in der LeNet-Ansicht raten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Go to the LeNet view and its exercise</source>
      <translation>Zur LeNet-Ansicht und ihrer Übung</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Predict, then reveal</source>
      <translation>Vorhersagen, dann aufdecken</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The Steps view hides output cells and asks for the output size; the LeNet view asks which digit the network will read, and how sure it will be.</source>
      <translation>Die Schritte-Ansicht verbirgt Ausgabezellen und fragt nach der Ausgabegröße; die LeNet-Ansicht fragt, welche Ziffer das Netz liest und wie sicher es sein wird.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Predict, then reveal works in the Steps view (Ctrl+2) and the LeNet view (Ctrl+3).</source>
      <translation>„Vorhersagen, dann aufdecken“ funktioniert in der Schritte-Ansicht (Strg+2) und der LeNet-Ansicht (Strg+3).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Every cell is revealed.</source>
      <translation>Alle Zellen sind aufgedeckt.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The LeNet view has no trained network to ask.</source>
      <translation>Die LeNet-Ansicht hat kein trainiertes Netz, das man fragen könnte.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show everything again</source>
      <translation>Wieder alles zeigen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The output is shown as the window computes it.</source>
      <translation>Die Ausgabe wird gezeigt, während das Fenster sie berechnet.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>These settings give no output.</source>
      <translation>Diese Einstellungen ergeben keine Ausgabe.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>hidden: what is it?</source>
      <translation>verborgen: Was ist es?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>revealed</source>
      <translation>aufgedeckt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>{count} cell(s) hidden. Highlighted cell ({cell}) {state}</source>
      <translation>{count} Zelle(n) verborgen. Markierte Zelle ({cell}) {state}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal this cell</source>
      <translation>Diese Zelle aufdecken</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Next hidden cell</source>
      <translation>Nächste verborgene Zelle</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The LeNet view has no trained network, so there is nothing to guess against.</source>
      <translation>Die LeNet-Ansicht hat kein trainiertes Netz, also gibt es nichts zu erraten.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show the answer</source>
      <translation>Antwort zeigen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The answer is hidden: enter the class's digit and confidence, then reveal.</source>
      <translation>Die Antwort ist verborgen: Ziffer und Sicherheit der Klasse eingeben, dann aufdecken.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The answer is on screen. H hides it for the next digit.</source>
      <translation>Die Antwort ist zu sehen. H verbirgt sie für die nächste Ziffer.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Animated GIF</source>
      <translation>Animiertes GIF</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Animated PNG</source>
      <translation>Animiertes PNG</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>PNG picture</source>
      <translation>PNG-Bild</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>CSV table</source>
      <translation>CSV-Tabelle</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Python script</source>
      <translation>Python-Skript</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Jupyter notebook</source>
      <translation>Jupyter-Notebook</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Embed it in the code (runs anywhere)</source>
      <translation>Im Code einbetten (läuft überall)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>{number} of {count}</source>
      <translation>{number} von {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Current &amp;view as PNG…</source>
      <translation>Aktuelle &amp;Ansicht als PNG…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>One &amp;map as PNG…</source>
      <translation>Eine &amp;Karte als PNG…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Matrix as &amp;CSV…</source>
      <translation>Matrix als &amp;CSV…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Sliding window as animated &amp;GIF…</source>
      <translation>Gleitendes Fenster als animiertes &amp;GIF…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Sliding window as animated P&amp;NG…</source>
      <translation>Gleitendes Fenster als animiertes P&amp;NG…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Scene as &amp;Python script…</source>
      <translation>Szene als &amp;Python-Skript…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Scene as &amp;Jupyter notebook…</source>
      <translation>Szene als &amp;Jupyter-Notebook…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The view on screen at {scale}× its pixels, for slides</source>
      <translation>Die Ansicht auf dem Bildschirm mit {scale}× ihren Pixeln, für Folien</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>One map or matrix, each cell a sharp block of colour (at least 1024 px)</source>
      <translation>Eine Karte oder Matrix, jede Zelle ein scharfer Farbblock (mindestens 1024 px)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The numbers of a map or matrix, for a spreadsheet</source>
      <translation>Die Zahlen einer Karte oder Matrix, für eine Tabellenkalkulation</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The Steps view's sliding window, one frame per step</source>
      <translation>Das gleitende Fenster der Schritte-Ansicht, ein Bild pro Schritt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The same animation as an animated PNG (full colour)</source>
      <translation>Dieselbe Animation als animiertes PNG (volle Farbe)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Commented torch code that rebuilds this view and prints the same numbers</source>
      <translation>Kommentierter torch-Code, der diese Ansicht nachbaut und dieselben Zahlen ausgibt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The same code as a Jupyter notebook, one cell per step</source>
      <translation>Derselbe Code als Jupyter-Notebook, eine Zelle pro Schritt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>&amp;Export</source>
      <translation>&amp;Exportieren</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>There is no view to export yet.</source>
      <translation>Es gibt noch keine Ansicht zum Exportieren.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the view as PNG</source>
      <translation>Ansicht als PNG speichern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved the view as a {width}×{height} PNG</source>
      <translation>Ansicht als {width}×{height}-PNG gespeichert</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Export one map as PNG</source>
      <translation>Eine Karte als PNG exportieren</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the map as PNG</source>
      <translation>Karte als PNG speichern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved “{name}” as PNG</source>
      <translation>„{name}“ als PNG gespeichert</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Export a matrix as CSV</source>
      <translation>Eine Matrix als CSV exportieren</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the numbers as CSV</source>
      <translation>Zahlen als CSV speichern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved “{name}” as CSV</source>
      <translation>„{name}“ als CSV gespeichert</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>An animation is being written already.</source>
      <translation>Es wird bereits eine Animation geschrieben.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Open the Steps view with settings that give an output first.</source>
      <translation>Öffnen Sie zuerst die Schritte-Ansicht mit Einstellungen, die eine Ausgabe ergeben.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the sliding window as {format}</source>
      <translation>Gleitendes Fenster als {format} speichern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Drawing the {format} frames…</source>
      <translation>Die {format}-Bilder werden gezeichnet…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Cancel</source>
      <translation>Abbrechen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Export {format}</source>
      <translation>{format} exportieren</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The Python code is being written already.</source>
      <translation>Der Python-Code wird bereits geschrieben.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Could not export as Python: {problem}</source>
      <translation>Export als Python nicht möglich: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>This view shows nothing to write as Python yet.</source>
      <translation>Diese Ansicht zeigt noch nichts, was sich als Python schreiben ließe.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the scene as a {kind}</source>
      <translation>Szene speichern als {kind}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Writing the Python code…</source>
      <translation>Python-Code wird geschrieben…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Read it from {name} (a smaller file; the picture must stay at {path})</source>
      <translation>Aus {name} lesen (kleinere Datei; das Bild muss unter {path} bleiben)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The picture in the code</source>
      <translation>Das Bild im Code</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The picture is {width}×{height} pixels. Where should the code find it?</source>
      <translation>Das Bild hat {width}×{height} Pixel. Wo soll der Code es finden?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved the scene as Python: {file}.</source>
      <translation>Szene als Python gespeichert: {file}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Could not write the Python code: {problem}</source>
      <translation>Python-Code konnte nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Writing the file…</source>
      <translation>Datei wird geschrieben…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Export cancelled: nothing was written.</source>
      <translation>Export abgebrochen: Nichts wurde geschrieben.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved the sliding window to {file}.</source>
      <translation>Gleitendes Fenster gespeichert in {file}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Could not write the animation: {problem}</source>
      <translation>Animation konnte nicht geschrieben werden: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>This view has no maps or matrices to export.</source>
      <translation>Diese Ansicht hat keine Karten oder Matrizen zum Exportieren.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>There is no map called “{name}”; choose one of: {names}.</source>
      <translation>Es gibt keine Karte „{name}“; wählen Sie eine von: {names}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Which one?</source>
      <translation>Welche?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Could not export: {problem}</source>
      <translation>Export nicht möglich: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>&lt;b&gt;New here?&lt;/b&gt; The &lt;b&gt;Lessons&lt;/b&gt; menu: every worked example and concept of the course, opened in the right view with its explanation (or press Alt and its number).&lt;br&gt;&lt;b&gt;Help ▸ Guide&lt;/b&gt; (F1): how convviz works, in five minutes.</source>
      <translation>&lt;b&gt;Neu hier?&lt;/b&gt; Das Menü &lt;b&gt;Lektionen&lt;/b&gt;: jedes Rechenbeispiel und jedes Konzept des Kurses, in der passenden Ansicht mit Erklärung geöffnet (oder Alt und seine Nummer drücken).&lt;br&gt;&lt;b&gt;Hilfe ▸ Anleitung&lt;/b&gt; (F1): wie convviz funktioniert, in fünf Minuten.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>Open the Guide</source>
      <translation>Anleitung öffnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>How convviz works, in five minutes (F1)</source>
      <translation>Wie convviz funktioniert, in fünf Minuten (F1)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>Got it</source>
      <translation>Verstanden</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>Close this hint; it does not come back</source>
      <translation>Diesen Hinweis schließen; er kommt nicht wieder</translation>
    </message>
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
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Red</source>
      <translation>Rot</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Green</source>
      <translation>Grün</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Blue</source>
      <translation>Blau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>input</source>
      <translation>Eingabe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>(matrix {number})</source>
      <translation>(Matrix {number})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Together the three grids make this picture:</source>
      <translation>Zusammen ergeben die drei Raster dieses Bild:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>a matrix (order 2)</source>
      <translation>eine Matrix (Ordnung 2)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>a tensor of order 3</source>
      <translation>ein Tensor der Ordnung 3</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>order {order}</source>
      <translation>Ordnung {order}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>numpy shape: ({shape}) · {count} numbers · {order}</source>
      <translation>numpy-Form: ({shape}) · {count} Zahlen · {order}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Input: {name}</source>
      <translation>Eingabe: {name}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>piece {number}</source>
      <translation>Teil {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>after {activation}</source>
      <translation>nach {activation}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>The probabilities add up to {total}.</source>
      <translation>Die Wahrscheinlichkeiten ergeben zusammen {total}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>maxout = the larger piece</source>
      <translation>Maxout = das größere Teil</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>position</source>
      <translation>Position</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>value</source>
      <translation>Wert</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>softmax probabilities</source>
      <translation>Softmax-Wahrscheinlichkeiten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>class</source>
      <translation>Klasse</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>probability</source>
      <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>weights (biases not counted, as on the slide)</source>
      <translation>Gewichte (Biases nicht gezählt, wie auf der Folie)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>learnable parameters</source>
      <translation>lernbare Parameter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>True total: {total} {what}.</source>
      <translation>Wahre Summe: {total} {what}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>The slide printed {total}.</source>
      <translation>Die Folie nannte {total}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>kernel × {factor}</source>
      <translation>Kernel × {factor}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>the feature map's numbers ({rows}×{cols})</source>
      <translation>die Zahlen der Merkmalskarte ({rows}×{cols})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Lesson files</source>
      <translation>Lektionsdateien</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Answers hidden · H shows them</source>
      <translation>Antworten verborgen · H zeigt sie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Page Down and Page Up go through the lessons once one is open (Lessons menu, or type its number).</source>
      <translation>Bild ab und Bild auf blättern durch die Lektionen, sobald eine geöffnet ist (Menü Lektionen oder ihre Nummer tippen).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Lesson {number} is the last lesson.</source>
      <translation>Lektion {number} ist die letzte Lektion.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Lesson {number} is the first lesson.</source>
      <translation>Lektion {number} ist die erste Lektion.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Lessons</source>
      <translation>&amp;Lektionen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Open lesson file…</source>
      <translation>Lektionsdatei ö&amp;ffnen…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Previous lesson</source>
      <translation>&amp;Vorherige Lektion</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Next lesson</source>
      <translation>&amp;Nächste Lektion</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Loading the lessons…</source>
      <translation>Lektionen werden geladen…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Open a lesson file</source>
      <translation>Lektionsdatei öffnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>This lesson cannot be opened</source>
      <translation>Diese Lektion kann nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Nothing that was open has changed.</source>
      <translation>Nichts, was offen war, hat sich geändert.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Your lesson files</source>
      <translation>Ihre Lektionsdateien</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>The class predicts first: Exercises ▸ Hide the answers (H) shows them again</source>
      <translation>Die Klasse sagt zuerst voraus: Übungen ▸ Antworten verbergen (H) zeigt sie wieder</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Lesson</source>
      <translation>Lektion</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Exercises</source>
      <translation>Ü&amp;bungen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Hide the answers (predict first)</source>
      <translation>Antworten &amp;verbergen (erst vorhersagen)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Reveal next</source>
      <translation>&amp;Nächste aufdecken</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Reveal &amp;all</source>
      <translation>&amp;Alle aufdecken</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>What is the &amp;output size?</source>
      <translation>Wie groß ist die &amp;Ausgabe?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/opener.py" />
      <source>There is no lesson {number}; the lessons run from 1 to {last}.</source>
      <translation>Es gibt keine Lektion {number}; die Lektionen gehen von 1 bis {last}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/opener.py" />
      <source>The lessons are still loading; try again in a moment.</source>
      <translation>Die Lektionen werden noch geladen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/opener.py" />
      <source>Opening the lesson file {file}…</source>
      <translation>Lektionsdatei {file} wird geöffnet…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/opener.py" />
      <source>Lesson {number}: {title}</source>
      <translation>Lektion {number}: {title}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>in the Steps view</source>
      <translation>in der Schritte-Ansicht</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>in the Convolution view</source>
      <translation>in der Faltungs-Ansicht</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>in the LeNet view</source>
      <translation>in der LeNet-Ansicht</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>here</source>
      <translation>hier</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>The explanation comes back once the class has answered.</source>
      <translation>Die Erklärung kommt zurück, sobald die Klasse geantwortet hat.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Show the feature map of:</source>
      <translation>Merkmalskarte zeigen von:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Previous</source>
      <translation>Zurück</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>The previous lesson (Alt+Left)</source>
      <translation>Die vorherige Lektion (Alt+Links)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Next</source>
      <translation>Weiter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>The next lesson (Alt+Right)</source>
      <translation>Die nächste Lektion (Alt+Rechts)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Back to the views</source>
      <translation>Zurück zu den Ansichten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>A concept lesson fills the window; this brings the views back. The panel then shows the lesson of the view on screen, or closes if it shows none</source>
      <translation>Eine Konzeptlektion füllt das Fenster; dies bringt die Ansichten zurück. Das Feld zeigt dann die Lektion der sichtbaren Ansicht oder schließt sich, wenn sie keine zeigt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>the lesson</source>
      <translation>die Lektion</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>The lesson's text; the arrow keys scroll it</source>
      <translation>Der Text der Lektion; die Pfeiltasten scrollen ihn</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>No lesson open</source>
      <translation>Keine Lektion geöffnet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Pick one from the Lessons menu, or type its number (1, 2, … 45).</source>
      <translation>Wählen Sie eine im Menü Lektionen oder tippen Sie ihre Nummer (1, 2, … 45).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Lesson {number} · {group} · shown {where}</source>
      <translation>Lektion {number} · {group} · gezeigt {where}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Where the slides say otherwise:</source>
      <translation>Wo die Folien etwas anderes sagen:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Load filter {number} into the convolution view</source>
      <translation>Filter {number} in die Faltungs-Ansicht laden</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>The confusion matrix appears here once the network has read every test digit.</source>
      <translation>Die Konfusionsmatrix erscheint hier, sobald das Netz alle Testziffern gelesen hat.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Click a cell to see its digits.</source>
      <translation>Zelle anklicken, um ihre Ziffern zu sehen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>test digits of the chosen cell</source>
      <translation>Testziffern der gewählten Zelle</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Arrow keys choose a digit; “Open in explorer” shows it in the LeNet view</source>
      <translation>Die Pfeiltasten wählen eine Ziffer; „Im Explorer öffnen“ zeigt sie in der LeNet-Ansicht</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Open in explorer</source>
      <translation>Im Explorer öffnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Show the chosen test digit in the LeNet view</source>
      <translation>Die gewählte Testziffer in der LeNet-Ansicht zeigen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Reading the 10,000 test digits with {name}…</source>
      <translation>Die 10.000 Testziffern werden mit {name} gelesen…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>No confusion matrix: {problem}</source>
      <translation>Keine Konfusionsmatrix: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>{name} over {total} test digits: {accuracy} right, {wrong} mistakes. Rows: the true digit · columns: what the network read.</source>
      <translation>{name} über {total} Testziffern: {accuracy} richtig, {wrong} Fehler. Zeilen: die wahre Ziffer · Spalten: was das Netz gelesen hat.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>test digit #{index}: a {true}, read as {predicted} · double-click to open it</source>
      <translation>Testziffer #{index}: eine {true}, gelesen als {predicted} · Doppelklick öffnet sie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>read as {digit}</source>
      <translation>als {digit} gelesen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source> (the first {count} shown)</source>
      <translation> (die ersten {count} gezeigt)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>{count} test digit(s) that are {true}s {what}</source>
      <translation>{count} Testziffer(n), die {true} sind, {what}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>double-click one to open it in the explorer</source>
      <translation>Doppelklick öffnet eine im Explorer</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/curve_plot.py" />
      <source>training curves</source>
      <translation>Trainingskurven</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/curve_plot.py" />
      <source>epoch</source>
      <translation>Epoche</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Gradient saliency</source>
      <translation>Gradienten-Salienz</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Bright pixels: changing them would change this class's score most. Speckled: it is one gradient.</source>
      <translation>Helle Pixel: Sie zu ändern, würde den Wert dieser Klasse am stärksten ändern. Fleckig: Es ist ein einzelner Gradient.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Grad-CAM on {layer}</source>
      <translation>Grad-CAM auf {layer}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Regions whose {layer} maps speak for this class (gradient-weighted maps, 0–1).</source>
      <translation>Bereiche, deren {layer}-Karten für diese Klasse sprechen (gradientengewichtete Karten, 0–1).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Occlusion (6×6 patch)</source>
      <translation>Verdeckung (6×6-Feld)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Orange: hiding that patch lowers this class's probability (evidence for it). Blue: hiding it helps.</source>
      <translation>Orange: Dieses Feld zu verdecken, senkt die Wahrscheinlichkeit der Klasse (spricht für sie). Blau: Verdecken hilft.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Draw a digit or pick a test digit in the LeNet explorer.</source>
      <translation>Zeichnen Sie eine Ziffer oder wählen Sie eine Testziffer im LeNet-Explorer.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Evidence for:</source>
      <translation>Belege für:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>predicted</source>
      <translation>vorhergesagt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Explain whichever class the network picks</source>
      <translation>Die Klasse erklären, die das Netz wählt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Where is the evidence for a {digit}?</source>
      <translation>Wo sind die Belege für eine {digit}?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Cannot explain this: {problem}</source>
      <translation>Das lässt sich nicht erklären: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>label {label}</source>
      <translation>Label {label}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>the predicted class, {digit}</source>
      <translation>die vorhergesagte Klasse, {digit}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>class {digit} ({share})</source>
      <translation>Klasse {digit} ({share})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>The picture</source>
      <translation>Das Bild</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>the network reads {digit} ({sure}). Evidence for {which}:</source>
      <translation>Das Netz liest {digit} ({sure}). Belege für {which}:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>PyTorch models</source>
      <translation>PyTorch-Modelle</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Open a model file…</source>
      <translation>Modelldatei öffnen…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The network the explorer shows</source>
      <translation>Das Netz, das der Explorer zeigt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>network</source>
      <translation>Netz</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Train LeNet…</source>
      <translation>LeNet trainieren…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Train LeNet on MNIST yourself and watch it learn</source>
      <translation>LeNet selbst auf MNIST trainieren und beim Lernen zusehen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Why this digit?</source>
      <translation>Warum diese Ziffer?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Which pixels pushed the network towards its answer</source>
      <translation>Welche Pixel das Netz zu seiner Antwort gedrängt haben</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Confusion matrix</source>
      <translation>Konfusionsmatrix</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Which digits the network mistakes for which, over the 10,000 test digits</source>
      <translation>Welche Ziffern das Netz mit welchen verwechselt, über die 10.000 Testziffern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>What units look for</source>
      <translation>Wonach Einheiten suchen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The test digits that excite the inspected map or unit most, and a picture made for it (right-click any map or unit for the same)</source>
      <translation>Die Testziffern, die die untersuchte Karte oder Einheit am stärksten anregen, und ein dafür erzeugtes Bild (Rechtsklick auf eine Karte oder Einheit tut dasselbe)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Network:</source>
      <translation>Netz:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Model</source>
      <translation>&amp;Modell</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Open model…</source>
      <translation>Modell &amp;öffnen…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>LeNet weights (a state_dict) or a small TorchScript CNN reading 1×28×28</source>
      <translation>LeNet-Gewichte (ein state_dict) oder ein kleines TorchScript-CNN, das 1×28×28 liest</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Train LeNet…</source>
      <translation>LeNet &amp;trainieren…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Why this digit?</source>
      <translation>&amp;Warum diese Ziffer?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Confusion matrix</source>
      <translation>&amp;Konfusionsmatrix</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>What does each &amp;unit look for?</source>
      <translation>Wonach sucht jede &amp;Einheit?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Go to the &amp;floating panel</source>
      <translation>Zum &amp;schwebenden Feld</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>A panel floating over a narrow window is a window of its own, out of the Tab order: F6 goes into it, to the next one, and back</source>
      <translation>Ein Feld, das über einem schmalen Fenster schwebt, ist ein eigenes Fenster außerhalb der Tab-Reihenfolge: F6 geht hinein, zum nächsten und zurück</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Shipped weights</source>
      <translation>Mitgelieferte Gewichte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The explorer now shows {network}.</source>
      <translation>Der Explorer zeigt jetzt {network}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>{network} with your edited filters</source>
      <translation>{network} mit Ihren bearbeiteten Filtern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>No model panel is floating; Tab reaches the docked ones.</source>
      <translation>Kein Modellfeld schwebt; Tab erreicht die angedockten.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Train LeNet</source>
      <translation>LeNet trainieren</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>What does this unit look for?</source>
      <translation>Wonach sucht diese Einheit?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The explorer reads MNIST test digit #{index}.</source>
      <translation>Der Explorer liest MNIST-Testziffer #{index}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>trained in the app, stopped after {epochs} epochs</source>
      <translation>in der App trainiert, nach {epochs} Epochen gestoppt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>trained in the app, after {epochs} epochs</source>
      <translation>in der App trainiert, nach {epochs} Epochen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Trained now</source>
      <translation>Gerade trainiert</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Training stopped: {accuracy} on the test digits. Choose “{name}” under the explorer to look inside.</source>
      <translation>Training gestoppt: {accuracy} auf den Testziffern. Wählen Sie „{name}“ unter dem Explorer, um hineinzusehen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Training done: {accuracy} on the test digits. Choose “{name}” under the explorer to look inside.</source>
      <translation>Training fertig: {accuracy} auf den Testziffern. Wählen Sie „{name}“ unter dem Explorer, um hineinzusehen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Open a model</source>
      <translation>Modell öffnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Could not measure the test accuracy: {problem}</source>
      <translation>Testgenauigkeit konnte nicht gemessen werden: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>LeNet weights</source>
      <translation>LeNet-Gewichte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>TorchScript, {count} layers found</source>
      <translation>TorchScript, {count} Schichten gefunden</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Opened: {name}</source>
      <translation>Geöffnet: {name}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Opened {name}: the explorer shows it now.</source>
      <translation>{name} geöffnet: Der Explorer zeigt es jetzt.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The explorer shows {network} again.</source>
      <translation>Der Explorer zeigt wieder {network}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Your model was stopped</source>
      <translation>Ihr Modell wurde gestoppt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The explorer keeps showing {network}.</source>
      <translation>Der Explorer zeigt weiter {network}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>This model cannot be opened</source>
      <translation>Dieses Modell kann nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Model refused: {problem}</source>
      <translation>Modell abgelehnt: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/overlay_map.py" />
      <source>where the evidence lies</source>
      <translation>wo die Belege liegen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/overlay_map.py" />
      <source>hover the picture for values</source>
      <translation>Maus über das Bild für Werte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>your picture</source>
      <translation>Ihr Bild</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>what the network in training reads in your picture</source>
      <translation>was das Netz im Training in Ihrem Bild liest</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>draw a digit in the explorer</source>
      <translation>Ziffer im Explorer zeichnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Network</source>
      <translation>Netz</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Test accuracy (10,000 digits)</source>
      <translation>Testgenauigkeit (10.000 Ziffern)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>test accuracy of each network</source>
      <translation>Testgenauigkeit jedes Netzes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>One row a network: its accuracy on the 10,000 MNIST test digits</source>
      <translation>Eine Zeile pro Netz: seine Genauigkeit auf den 10.000 MNIST-Testziffern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>in the explorer</source>
      <translation>im Explorer</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>measuring…</source>
      <translation>wird gemessen…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>epochs</source>
      <translation>Epochen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>How many times the training goes through all 10,000 training digits it ships</source>
      <translation>Wie oft das Training alle 10.000 mitgelieferten Trainingsziffern durchläuft</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>batch size</source>
      <translation>Batchgröße</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>How many digits each step of training learns from at once</source>
      <translation>Aus wie vielen Ziffern jeder Trainingsschritt auf einmal lernt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>learning rate</source>
      <translation>Lernrate</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Peak learning rate: it rises for the first fifth of the run, then falls (one-cycle)</source>
      <translation>Höchste Lernrate: Sie steigt im ersten Fünftel des Laufs und fällt dann (One-Cycle)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>augment digits</source>
      <translation>Ziffern variieren</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Every batch gets randomly shifted, rotated, scaled, sheared and thickened digits: slower to learn, but the network then reads hand-drawn digits better</source>
      <translation>Jeder Batch bekommt zufällig verschobene, gedrehte, skalierte, gescherte und verdickte Ziffern: langsamer zu lernen, aber das Netz liest dann handgezeichnete Ziffern besser</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>training device</source>
      <translation>Trainingsgerät</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Where the training runs: the CPU, or a GPU when one is present</source>
      <translation>Wo das Training läuft: auf der CPU oder einer GPU, wenn eine vorhanden ist</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>While training, each activation entering fc2 and fc3 is switched off with this probability (the others are scaled up to keep the sum); when the network reads a digit, dropout is off</source>
      <translation>Beim Training wird jede Aktivierung, die in fc2 und fc3 eingeht, mit dieser Wahrscheinlichkeit abgeschaltet (die übrigen werden hochskaliert, damit die Summe bleibt); wenn das Netz eine Ziffer liest, ist Dropout aus</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>all</source>
      <translation>alle</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>dropout</source>
      <translation>Dropout</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>training digits</source>
      <translation>Trainingsziffern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>How many training digits one epoch goes through (a few: fine-tuning on little data)</source>
      <translation>Wie viele Trainingsziffern eine Epoche durchläuft (wenige: Nachtrainieren mit wenig Daten)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>start from the shipped weights</source>
      <translation>mit den mitgelieferten Gewichten beginnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Transfer learning: begin with the trained network instead of random weights, then go on training</source>
      <translation>Transfer Learning: mit dem trainierten Netz statt mit Zufallsgewichten beginnen und dann weitertrainieren</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Layers that learn:</source>
      <translation>Schichten, die lernen:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Unticked: the layer is frozen, its weights stay as they start</source>
      <translation>Ohne Haken ist die Schicht eingefroren: ihre Gewichte bleiben, wie sie beginnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Epochs</source>
      <translation>Epochen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Batch</source>
      <translation>Batch</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Learning rate</source>
      <translation>Lernrate</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Device</source>
      <translation>Gerät</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Dropout</source>
      <translation>Dropout</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Digits</source>
      <translation>Ziffern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Augmentation: digits as stored (top) and as one batch sees them (bottom)</source>
      <translation>Augmentierung: Ziffern wie gespeichert (oben) und wie ein Batch sie sieht (unten)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>digit</source>
      <translation>Ziffer</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>every batch draws new shifts, turns, scalings, shears and thicknesses</source>
      <translation>jeder Batch zieht neue Verschiebungen, Drehungen, Skalierungen, Scherungen und Strichstärken</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Draw again</source>
      <translation>Neu würfeln</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Show eight digits changed again, as a new batch would see them</source>
      <translation>Acht Ziffern neu verändert zeigen, wie ein neuer Batch sie sähe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Start</source>
      <translation>Start</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Start training with these settings</source>
      <translation>Training mit diesen Einstellungen starten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Pause the training, or go on</source>
      <translation>Training anhalten oder fortsetzen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Stop the training; the weights learnt so far stay</source>
      <translation>Training stoppen; die bisher gelernten Gewichte bleiben</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>ready</source>
      <translation>bereit</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Loss (cross-entropy)</source>
      <translation>Verlust (Kreuzentropie)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>loss</source>
      <translation>Verlust</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>train</source>
      <translation>Training</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>test</source>
      <translation>Test</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Accuracy</source>
      <translation>Genauigkeit</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>conv1's 6 filters, live</source>
      <translation>Die 6 Filter von conv1, live</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>from random noise to edge and stroke detectors</source>
      <translation>vom Zufallsrauschen zu Kanten- und Strichdetektoren</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Start a run: the curves, the filters and the prediction follow it.</source>
      <translation>Starten Sie einen Lauf: Kurven, Filter und Vorhersage folgen ihm.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Save weights…</source>
      <translation>Gewichte speichern…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>A state_dict file (weights only) with a model card beside it</source>
      <translation>Eine state_dict-Datei (nur Gewichte) mit einer Modellkarte daneben</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Explore these weights</source>
      <translation>Diese Gewichte erkunden</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Show the network just trained in the LeNet view</source>
      <translation>Das gerade trainierte Netz in der LeNet-Ansicht zeigen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>tick at least one layer that learns: with every layer frozen nothing is trained.</source>
      <translation>Hake mindestens eine lernende Schicht an: sind alle Schichten eingefroren, wird nichts trainiert.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>A training run is going: stop it first to use other settings.</source>
      <translation>Ein Training läuft: halte es zuerst an, um andere Einstellungen zu nutzen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Cannot train: {problem}</source>
      <translation>Training nicht möglich: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>starting the training process…</source>
      <translation>Trainingsprozess startet…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Training: {epochs} epochs of batches of {batch}…</source>
      <translation>Training: {epochs} Epochen mit Batches von {batch}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>stopping after this batch…</source>
      <translation>hält nach diesem Batch an…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>paused</source>
      <translation>pausiert</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>epoch {epoch}/{epochs} · {percent}% · {time} left</source>
      <translation>Epoche {epoch}/{epochs} · {percent} % · noch {time}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Resume</source>
      <translation>Fortsetzen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>stopped</source>
      <translation>gestoppt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>done</source>
      <translation>fertig</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Stopped after {done} of {epochs} epochs in {time}: test accuracy {accuracy}.</source>
      <translation>Gestoppt nach {done} von {epochs} Epochen in {time}: Testgenauigkeit {accuracy}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Done after {done} of {epochs} epochs in {time}: test accuracy {accuracy}.</source>
      <translation>Fertig nach {done} von {epochs} Epochen in {time}: Testgenauigkeit {accuracy}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>failed</source>
      <translation>fehlgeschlagen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Save the trained weights</source>
      <translation>Trainierte Gewichte speichern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>PyTorch weights</source>
      <translation>PyTorch-Gewichte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Nothing to save yet: train first.</source>
      <translation>Noch nichts zu speichern: zuerst trainieren.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Could not save to {path}: {problem}</source>
      <translation>Speichern in {path} nicht möglich: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Saved {weights} and its model card {card}.</source>
      <translation>{weights} und seine Modellkarte {card} gespeichert.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_runner.py" />
      <source>a training run is already going; stop it first.</source>
      <translation>ein Training läuft schon; halte es zuerst an.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>{count} maps</source>
      <translation>{count} Karten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>{count} units</source>
      <translation>{count} Einheiten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>{count} class scores</source>
      <translation>{count} Klassenwerte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Pick a map or a unit of the network the explorer shows.</source>
      <translation>Wählen Sie eine Karte oder Einheit des Netzes, das der Explorer zeigt.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>The layer whose unit to look at</source>
      <translation>Die Schicht, deren Einheit betrachtet wird</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>layer</source>
      <translation>Schicht</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Which map or unit of the layer</source>
      <translation>Welche Karte oder Einheit der Schicht</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>map or unit</source>
      <translation>Karte oder Einheit</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Layer:</source>
      <translation>Schicht:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>The nine test digits that excite it most</source>
      <translation>Die neun Testziffern, die sie am stärksten anregen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Make a picture for it</source>
      <translation>Ein Bild dafür erzeugen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Grow a picture from faint noise by gradient ascent on this unit's value</source>
      <translation>Ein Bild aus schwachem Rauschen per Gradientenaufstieg auf den Wert dieser Einheit wachsen lassen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Stop making the picture</source>
      <translation>Bild nicht weiter erzeugen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Gradient ascent changes the picture, step by step, to raise this unit's value. Each step the picture also fades a little and now and then is blurred and shifted, so only patterns the unit really likes survive.</source>
      <translation>Der Gradientenaufstieg ändert das Bild Schritt für Schritt, um den Wert dieser Einheit zu erhöhen. Bei jedem Schritt verblasst das Bild etwas und wird ab und zu weichgezeichnet und verschoben, sodass nur Muster überleben, die die Einheit wirklich mag.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>A picture made for it (activation maximisation)</source>
      <translation>Ein dafür erzeugtes Bild (Aktivierungsmaximierung)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>The network changed: the picture being made was for the one before.</source>
      <translation>Das Netz hat sich geändert: Das entstehende Bild war für das vorige.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>class </source>
      <translation>Klasse </translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>map </source>
      <translation>Karte </translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>unit </source>
      <translation>Einheit </translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>What does {unit} of {network} look for?</source>
      <translation>Wonach sucht {unit} von {network}?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Cannot rank the test digits: {problem}</source>
      <translation>Die Testziffern lassen sich nicht ordnen: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>a {digit}</source>
      <translation>eine {digit}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source> at row {row}, column {column} of the map</source>
      <translation> in Zeile {row}, Spalte {column} der Karte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>test digit #{index} (a {digit})</source>
      <translation>Testziffer #{index} (eine {digit})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>click to open it in the explorer</source>
      <translation>klicken, um sie im Explorer zu öffnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source> (so far: {count} of the test digits read)</source>
      <translation> (bisher {count} der Testziffern gelesen)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>The box is the {rows}×{cols} patch its strongest position sees (cut where it passes the edge).</source>
      <translation>Der Rahmen ist das {rows}×{cols}-Feld, das ihre stärkste Position sieht (am Rand abgeschnitten).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>A fully connected unit sees the whole digit.</source>
      <translation>Eine vollständig verbundene Einheit sieht die ganze Ziffer.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>its score (logit)</source>
      <translation>ihr Wert (Logit)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>the unit's value before ReLU</source>
      <translation>der Wert der Einheit vor ReLU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Strongest first{so_far}; the number is {value}.</source>
      <translation>Stärkste zuerst{so_far}; die Zahl ist {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Click one to open it in the explorer.</source>
      <translation>Klicken Sie eine an, um sie im Explorer zu öffnen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Could not make a picture: {problem}</source>
      <translation>Bild konnte nicht erzeugt werden: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source> at the centre of its map (row {row}, column {column}; the box is what it sees)</source>
      <translation> in der Mitte ihrer Karte (Zeile {row}, Spalte {column}; der Rahmen ist, was sie sieht)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>its strongest test digit: {score}</source>
      <translation>ihre stärkste Testziffer: {score}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>after {step} of {steps} steps: {value} · on the starting noise: {noise} · on the average digit: {average}</source>
      <translation>nach {step} von {steps} Schritten: {value} · auf dem Anfangsrauschen: {noise} · auf der Durchschnittsziffer: {average}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>cancelled after {step} steps.</source>
      <translation>nach {step} Schritten abgebrochen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Presentation mode: Space play/pause · ←/→ step · PgDn/PgUp step, then next/previous lesson · +/− speed · digits pick a lesson · B blank · P pointer · F11 or Esc to leave</source>
      <translation>Präsentationsmodus: Leertaste Abspielen/Pause · ←/→ Schritt · Bild ab/auf Schritt, dann nächste/vorherige Lektion · +/− Tempo · Ziffern wählen eine Lektion · B schwarz · P Zeiger · F11 oder Esc zum Verlassen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>&amp;Blank the screen</source>
      <translation>Bildschirm &amp;schwarz</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Black screen while you talk, as in PowerPoint: B or . while presenting; B, . , Esc or a click bring the picture back</source>
      <translation>Schwarzer Bildschirm, während Sie sprechen, wie in PowerPoint: B oder . beim Präsentieren; B, . , Esc oder ein Klick bringen das Bild zurück</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>&amp;Presentation mode</source>
      <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Full screen, large text, keyboard control: {keys}</source>
      <translation>Vollbild, große Schrift, Tastatursteuerung: {keys}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Pointer &amp;highlight</source>
      <translation>&amp;Zeiger hervorheben</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>A large circle follows the mouse so the class sees where you point (P)</source>
      <translation>Ein großer Kreis folgt der Maus, damit die Klasse sieht, worauf Sie zeigen (P)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Presentation mode off.</source>
      <translation>Präsentationsmodus aus.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>convviz sessions</source>
      <translation>convviz-Sitzungen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Open &amp;session…</source>
      <translation>&amp;Sitzung öffnen…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Save session</source>
      <translation>Sitzung &amp;speichern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Save session &amp;as…</source>
      <translation>Sitzung speichern &amp;unter…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Restore &amp;last session</source>
      <translation>&amp;Letzte Sitzung wiederherstellen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>The session convviz saved when it was last closed</source>
      <translation>Die Sitzung, die convviz beim letzten Schließen gespeichert hat</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Reopen last session on start</source>
      <translation>Letzte Sitzung beim Start wieder öffnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Open the session saved at the last quit when convviz starts</source>
      <translation>Beim Start von convviz die beim letzten Beenden gespeicherte Sitzung öffnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Edit</source>
      <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Rückgängig</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Wiederholen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Undo {action}</source>
      <translation>&amp;Rückgängig: {action}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Redo {action}</source>
      <translation>&amp;Wiederholen: {action}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Save the session</source>
      <translation>Sitzung speichern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>The session was not saved</source>
      <translation>Die Sitzung wurde nicht gespeichert</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Could not save the session to {file}: {problem}.</source>
      <translation>Die Sitzung konnte nicht in {file} gespeichert werden: {problem}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Session saved to {file} ({size} KB).</source>
      <translation>Sitzung gespeichert in {file} ({size} KB).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Open a session</source>
      <translation>Sitzung öffnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Opening the session {file}…</source>
      <translation>Sitzung {file} wird geöffnet…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>There is no last session yet: convviz saves one when it closes.</source>
      <translation>Es gibt noch keine letzte Sitzung: convviz speichert eine beim Schließen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>This session cannot be opened</source>
      <translation>Diese Sitzung kann nicht geöffnet werden</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>This session</source>
      <translation>Diese Sitzung</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source> (left out: {views} — not in this convviz)</source>
      <translation> (weggelassen: {views} — nicht in diesem convviz)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Session {name} opened{note}.</source>
      <translation>Sitzung {name} geöffnet{note}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>The session's lesson {number} is not in this convviz.</source>
      <translation>Die Lektion {number} der Sitzung gibt es in diesem convviz nicht.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>The session's lesson file {path} is no longer there.</source>
      <translation>Die Lektionsdatei {path} der Sitzung ist nicht mehr da.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Edit the kernel</source>
      <translation>Kernel bearbeiten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Switch grey / RGB</source>
      <translation>Grau / RGB umschalten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Link the channels</source>
      <translation>Kanäle koppeln</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Choose the channel</source>
      <translation>Kanal wählen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Flip the kernel</source>
      <translation>Kernel spiegeln</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the stride</source>
      <translation>Schrittweite ändern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the padding</source>
      <translation>Padding ändern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the border</source>
      <translation>Rand ändern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the dilation</source>
      <translation>Dilatation ändern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Choose the activation</source>
      <translation>Aktivierung wählen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the leaky slope</source>
      <translation>Leaky-Steigung ändern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the ELU alpha</source>
      <translation>ELU-Alpha ändern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Choose the pooling</source>
      <translation>Pooling wählen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the pool size</source>
      <translation>Pooling-Größe ändern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the pool stride</source>
      <translation>Pooling-Schrittweite ändern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the groups</source>
      <translation>Gruppen ändern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Edit the input</source>
      <translation>Eingabe bearbeiten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Switch convolution / pooling</source>
      <translation>Faltung / Pooling umschalten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the kernel's factor</source>
      <translation>Faktor des Kernels ändern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the bias</source>
      <translation>Bias ändern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Step another filter</source>
      <translation>Anderen Filter durchgehen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the output padding</source>
      <translation>Ausgabe-Padding ändern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Kernel preset {preset}</source>
      <translation>Kernel-Vorlage {preset}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the settings</source>
      <translation>Einstellungen ändern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Resize the input</source>
      <translation>Eingabegröße ändern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Resize the kernel</source>
      <translation>Kernelgröße ändern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Load an example</source>
      <translation>Beispiel laden</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Edit a filter</source>
      <translation>Filter bearbeiten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Reset the filters</source>
      <translation>Filter zurücksetzen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Pick {picture}</source>
      <translation>{picture} wählen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Open {picture}</source>
      <translation>{picture} öffnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>activation</source>
      <translation>Aktivierung</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>slope a = </source>
      <translation>Steigung a = </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>leaky ReLU slope</source>
      <translation>Leaky-ReLU-Steigung</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>How much of a negative value leaky ReLU lets through</source>
      <translation>Wie viel eines negativen Werts Leaky ReLU durchlässt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>ELU alpha</source>
      <translation>ELU-Alpha</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>The value ELU approaches for very negative inputs</source>
      <translation>Der Wert, dem sich ELU bei sehr negativen Eingaben nähert</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>the activation's curve</source>
      <translation>die Kurve der Aktivierung</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>the red channel</source>
      <translation>des Rotkanals</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>the green channel</source>
      <translation>des Grünkanals</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>the blue channel</source>
      <translation>des Blaukanals</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>The kernel of {channel}</source>
      <translation>Der Kernel {channel}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>{channel} ∗ kernel</source>
      <translation>{channel} ∗ Kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>The three channel maps add up to the feature map (below, right)</source>
      <translation>Die drei Kanalkarten ergeben zusammen die Merkmalskarte (unten rechts)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>Three maps, one per channel: {channel} is shown below, right</source>
      <translation>Drei Karten, eine pro Kanal: die {channel} steht unten rechts</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>, every cell × {factor}</source>
      <translation>, jede Zelle × {factor}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>map</source>
      <translation>Karte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>Arrow keys choose a pixel; its sum is then shown term by term</source>
      <translation>Die Pfeiltasten wählen ein Pixel; seine Summe erscheint dann Term für Term</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>Colours: {meaning}</source>
      <translation>Farben: {meaning}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>values {low} … {high}</source>
      <translation>Werte {low} … {high}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source> (sampled)</source>
      <translation> (Stichprobe)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>1 screen pixel = {step}×{step} cells; </source>
      <translation>1 Bildschirmpixel = {step}×{step} Zellen; </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>, beyond the bar in its end colours</source>
      <translation>, darüber hinaus in den Endfarben der Leiste</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>input picture</source>
      <translation>Eingabebild</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>A sample picture to convolve, or drawing your own</source>
      <translation>Ein Beispielbild zum Falten, oder selbst zeichnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>— Your own —</source>
      <translation>— Eigene —</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Draw your own picture</source>
      <translation>Eigenes Bild zeichnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Live camera</source>
      <translation>Live-Kamera</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Every camera frame through the kernel, activation and pooling, as it comes</source>
      <translation>Jedes Kamerabild durch Kernel, Aktivierung und Pooling, sobald es kommt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Grey</source>
      <translation>Grau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>RGB (3 channels)</source>
      <translation>RGB (3 Kanäle)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>One channel: the brightness of each pixel</source>
      <translation>Ein Kanal: die Helligkeit jedes Pixels</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Red, green and blue: a kernel per channel, results summed</source>
      <translation>Rot, Grün und Blau: ein Kernel pro Kanal, Ergebnisse addiert</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>drawing canvas</source>
      <translation>Zeichenfläche</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Clear drawing</source>
      <translation>Zeichnung löschen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Wipe the drawing and start again</source>
      <translation>Die Zeichnung löschen und neu anfangen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Channels</source>
      <translation>Kanäle</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Picture</source>
      <translation>Bild</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Custom (edited by hand)</source>
      <translation>Eigener (von Hand bearbeitet)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Cross-correlation (flip off): the kernel slides over the picture as drawn. This is what CNN layers (and PyTorch's conv2d) compute.</source>
      <translation>Kreuzkorrelation (ohne Spiegeln): Der Kernel gleitet so über das Bild, wie er gezeichnet ist. Das berechnen CNN-Schichten (und PyTorchs conv2d).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>True convolution (flip on): the kernel is rotated 180° before it slides, as in signal processing. Kernels unchanged by a 180° turn (box blur, Laplacian) give the same map either way; a mirror-symmetric one like [1 0 −1] changes sign.</source>
      <translation>Echte Faltung (gespiegelt): Der Kernel wird vor dem Gleiten um 180° gedreht, wie in der Signalverarbeitung. Kernel, die eine 180°-Drehung nicht ändert (Box-Weichzeichner, Laplace), ergeben beide Male dieselbe Karte; ein spiegelsymmetrischer wie [1 0 −1] wechselt das Vorzeichen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Flip the kernel (true convolution)</source>
      <translation>Kernel spiegeln (echte Faltung)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Flip (true convolution)</source>
      <translation>Spiegeln (echte Faltung)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Kernels the course uses, each with what it does</source>
      <translation>Die Kernel des Kurses, jeder mit seiner Wirkung</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>kernel preset</source>
      <translation>Kernel-Vorlage</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Kernel height (rows)</source>
      <translation>Kernelhöhe (Zeilen)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Kernel width (columns)</source>
      <translation>Kernelbreite (Spalten)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>kernel rows</source>
      <translation>Kernelzeilen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>kernel columns</source>
      <translation>Kernelspalten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Double-click a cell (or select it and type) to change a weight</source>
      <translation>Doppelklick auf eine Zelle (oder auswählen und tippen) ändert ein Gewicht</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Normalise (sum 1)</source>
      <translation>Normieren (Summe 1)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Make the weights sum to 1 so the kernel keeps brightness: whole cells stay and get the factor 1/sum</source>
      <translation>Gewichte auf Summe 1 bringen, damit der Kernel die Helligkeit erhält: ganze Zellen bleiben, dazu der Faktor 1/Summe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Randomise</source>
      <translation>Zufällig</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Random whole numbers from −3 to 3</source>
      <translation>Zufällige ganze Zahlen von −3 bis 3</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Reset</source>
      <translation>Zurücksetzen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Back to the Sobel x kernel</source>
      <translation>Zurück zum Sobel-x-Kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Channel:</source>
      <translation>Kanal:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Show and edit this channel's slice of the kernel</source>
      <translation>Den Teil des Kernels für diesen Kanal zeigen und bearbeiten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Same kernel for all three channels</source>
      <translation>Gleicher Kernel für alle drei Kanäle</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Edit one kernel that every colour channel uses</source>
      <translation>Einen Kernel bearbeiten, den jeder Farbkanal verwendet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Groups: 1 = the kernel's three slices are summed into one map (an ordinary filter); 3 = depthwise: each channel is convolved alone and keeps its own map; 2 does not divide 3 channels</source>
      <translation>Gruppen: 1 = die drei Scheiben des Kernels werden zu einer Karte addiert (ein gewöhnlicher Filter); 3 = tiefenweise: jeder Kanal wird allein gefaltet und behält seine Karte; 2 teilt 3 Kanäle nicht</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Groups</source>
      <translation>Gruppen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Size</source>
      <translation>Größe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Preset</source>
      <translation>Vorlage</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Kernel: {name}.</source>
      <translation>Kernel: {name}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Your own kernel: double-click a cell to type a weight.</source>
      <translation>Ihr eigener Kernel: Doppelklick auf eine Zelle, um ein Gewicht einzugeben.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Every cell is multiplied by {factor} (the sum of products is, all at once)</source>
      <translation>Jede Zelle wird mit {factor} multipliziert (die Summe der Produkte auf einmal)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>sum of cells = {cells} × {factor} = {weights}</source>
      <translation>Summe der Zellen = {cells} × {factor} = {weights}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>sum of cells = {weights}</source>
      <translation>Summe der Zellen = {weights}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>one map from all channels</source>
      <translation>eine Karte aus allen Kanälen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>depthwise: one map per channel</source>
      <translation>tiefenweise: eine Karte pro Kanal</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>must divide 3</source>
      <translation>muss 3 teilen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No map: the settings give no output (see the feature map).</source>
      <translation>Keine Karte: Die Einstellungen ergeben keine Ausgabe (siehe Merkmalskarte).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Input</source>
      <translation>Eingabe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Feature map</source>
      <translation>Merkmalskarte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>click a pixel to pin it</source>
      <translation>Pixel anklicken zum Festhalten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After activation</source>
      <translation>Nach der Aktivierung</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After pooling</source>
      <translation>Nach dem Pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>convolution</source>
      <translation>Faltung</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>cross-correlation</source>
      <translation>Kreuzkorrelation</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Feature map: {kh}×{kw} {kind} → {oh}×{ow}</source>
      <translation>Merkmalskarte: {kh}×{kw} {kind} → {oh}×{ow}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Depthwise map of {channel}: {kh}×{kw} {kind} → {oh}×{ow}</source>
      <translation>Tiefenweise Karte {channel}: {kh}×{kw} {kind} → {oh}×{ow}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After {activation}</source>
      <translation>Nach {activation}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No activation</source>
      <translation>Keine Aktivierung</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After {k}×{k} max pooling → {ph}×{pw}</source>
      <translation>Nach {k}×{k}-Max-Pooling → {ph}×{pw}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After {k}×{k} average pooling → {ph}×{pw}</source>
      <translation>Nach {k}×{k}-Mittelwert-Pooling → {ph}×{pw}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No pooling: the activation map goes on unchanged.</source>
      <translation>Kein Pooling: Die Aktivierungskarte geht unverändert weiter.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No pooling</source>
      <translation>Kein Pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Feature map: no output</source>
      <translation>Merkmalskarte: keine Ausgabe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After activation: no map</source>
      <translation>Nach der Aktivierung: keine Karte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After pooling: no map</source>
      <translation>Nach dem Pooling: keine Karte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No map</source>
      <translation>Keine Karte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>Max pooling</source>
      <translation>Max-Pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>keeps the strongest answer of each window: where a feature is, roughly</source>
      <translation>behält die stärkste Antwort jedes Fensters: ungefähr, wo ein Merkmal ist</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>Average pooling</source>
      <translation>Mittelwert-Pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>averages each window: a smaller, smoother map</source>
      <translation>mittelt jedes Fenster: eine kleinere, glattere Karte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>the activation map goes on unchanged</source>
      <translation>die Aktivierungskarte geht unverändert weiter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>pooling</source>
      <translation>Pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>Max or average pooling, or none</source>
      <translation>Max- oder Average-Pooling, oder keines</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>window </source>
      <translation>Fenster </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>pooling window</source>
      <translation>Pooling-Fenster</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>Rows and columns of the pooling window</source>
      <translation>Zeilen und Spalten des Pooling-Fensters</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>stride </source>
      <translation>Schritt </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>pooling stride</source>
      <translation>Pooling-Schrittweite</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>How many cells the pooling window jumps</source>
      <translation>Um wie viele Zellen das Pooling-Fenster springt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>{k}×{k} windows, stride {stride}: {what}.</source>
      <translation>{k}×{k}-Fenster, Schrittweite {stride}: {what}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>Click a pixel of the convolution map to pin it: its receptive field lights up on the input and its arithmetic appears here.</source>
      <translation>Klicken Sie auf ein Pixel der Faltungskarte, um es festzuhalten: Sein rezeptives Feld leuchtet auf der Eingabe auf, und seine Rechnung erscheint hier.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>The orange cells on the input are the ones it reads (pink: padding).</source>
      <translation>Die orangen Zellen der Eingabe sind die, die sie liest (rosa: Auffüllung).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>the products of the clicked pixel</source>
      <translation>die Produkte des angeklickten Pixels</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>The sum behind the output pixel you clicked, term by term</source>
      <translation>Die Summe hinter dem angeklickten Ausgabepixel, Term für Term</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>Output pixel ({cell})</source>
      <translation>Ausgabepixel ({cell})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>sum of channels:</source>
      <translation>Summe der Kanäle:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>no activation: {value}</source>
      <translation>keine Aktivierung: {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>goes into pooled cell ({cell})</source>
      <translation>geht in die Pooling-Zelle ({cell})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>then {step}</source>
      <translation>dann {step}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>PyTorch code</source>
      <translation>PyTorch-Code</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>The same computation written with F.conv2d, to read or copy</source>
      <translation>Dieselbe Rechnung mit F.conv2d geschrieben, zum Lesen oder Kopieren</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>Checking the map against PyTorch…</source>
      <translation>Karte wird mit PyTorch verglichen…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>the same {h}×{w} map</source>
      <translation>dieselbe {h}×{w}-Karte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>the same values on rows {r0}–{r1}, columns {c0}–{c1} of the {h}×{w} map</source>
      <translation>dieselben Werte in Zeilen {r0}–{r1}, Spalten {c0}–{c1} der {h}×{w}-Karte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>PyTorch gives {compared}: largest difference {difference} (float rounding).</source>
      <translation>PyTorch liefert {compared}: größte Abweichung {difference} (Rundung).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>PyTorch differs by up to {difference}: please report this.</source>
      <translation>PyTorch weicht um bis zu {difference} ab: Bitte melden Sie das.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>All settings</source>
      <translation>Alle Einstellungen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Show the picture and sliding-window settings (presentation mode keeps only the kernel, to give the numbers room)</source>
      <translation>Bild- und Fenstereinstellungen zeigen (der Präsentationsmodus zeigt nur den Kernel, damit die Zahlen Platz haben)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Kernel</source>
      <translation>Kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Sliding the window</source>
      <translation>Das Fenster verschieben</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Input, kernel and sliding settings; scrolls with the arrow keys</source>
      <translation>Eingabe, Kernel und Einstellungen des Verschiebens; scrollt mit den Pfeiltasten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>The pinned pixel's arithmetic</source>
      <translation>Rechnung des festgehaltenen Pixels</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>The same in PyTorch</source>
      <translation>Dasselbe in PyTorch</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Could not compute this frame: {reason}</source>
      <translation>Dieses Bild konnte nicht berechnet werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>{problem}; computing on the CPU.</source>
      <translation>{problem}; es wird auf der CPU gerechnet.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>your drawing</source>
      <translation>Ihre Zeichnung</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>the camera, {rate:.1f} frames a second</source>
      <translation>die Kamera, {rate:.1f} Bilder pro Sekunde</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>colour, 3 channels</source>
      <translation>Farbe, 3 Kanäle</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>grey: its 3 channels are equal</source>
      <translation>grau: seine 3 Kanäle sind gleich</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>colour shown as grey</source>
      <translation>Farbe, grau gezeigt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Input: {picture} ({h}×{w}, {note})</source>
      <translation>Eingabe: {picture} ({h}×{w}, {note})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Could not load that picture: {problem}</source>
      <translation>Das Bild konnte nicht geladen werden: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Could not draw the maps at this size: {problem}</source>
      <translation>Die Karten konnten in dieser Größe nicht gezeichnet werden: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>PyTorch check failed: {problem}</source>
      <translation>PyTorch-Prüfung fehlgeschlagen: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Could not compute this: {problem}</source>
      <translation>Das ließ sich nicht berechnen: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>PyTorch checks the map once the camera is paused.</source>
      <translation>PyTorch prüft die Karte, sobald die Kamera angehalten ist.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>No map to compare with PyTorch.</source>
      <translation>Keine Karte zum Vergleich mit PyTorch.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>camera frame {number}</source>
      <translation>Kamerabild {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>valid (no padding)</source>
      <translation>valid (kein Padding)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>same (output ⌈n / stride⌉)</source>
      <translation>same (Ausgabe ⌈n / Schritt⌉)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>cells per side…</source>
      <translation>Zellen pro Seite…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>zeros</source>
      <translation>Nullen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>reflect (mirror)</source>
      <translation>reflect (gespiegelt)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>replicate (edge)</source>
      <translation>replicate (Rand)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{what} along the rows (down)</source>
      <translation>{what} entlang der Zeilen (nach unten)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{what} along the columns (across)</source>
      <translation>{what} entlang der Spalten (quer)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>same both ways</source>
      <translation>in beide Richtungen gleich</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>One number for rows and columns; untick to set them apart</source>
      <translation>Eine Zahl für Zeilen und Spalten; Haken entfernen, um sie getrennt einzustellen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Rows and columns</source>
      <translation>Zeilen und Spalten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Rows (down)</source>
      <translation>Zeilen (nach unten)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Stride: how many cells the window jumps</source>
      <translation>Schrittweite: um wie viele Zellen das Fenster springt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Dilation: the gap between the kernel's taps</source>
      <translation>Dilatation: der Abstand zwischen den Abgriffen des Kernels</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>padding</source>
      <translation>Padding</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>No padding, a number of cells, or padding that keeps the size</source>
      <translation>Kein Padding, eine Anzahl Zellen oder Padding, das die Größe erhält</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Padding: cells added on each side</source>
      <translation>Padding: an jeder Seite angefügte Zellen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>What the added border cells contain</source>
      <translation>Was die angefügten Randzellen enthalten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>border</source>
      <translation>Rand</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>stride</source>
      <translation>Schrittweite</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>dilation</source>
      <translation>Dilatation</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{setting}, rows</source>
      <translation>{setting}, Zeilen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{setting}, columns</source>
      <translation>{setting}, Spalten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Stride</source>
      <translation>Schrittweite</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Padding</source>
      <translation>Padding</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Border</source>
      <translation>Rand</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Dilation</source>
      <translation>Dilatation</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Output size {formula}:</source>
      <translation>Ausgabegröße {formula}:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>height: (no picture yet)</source>
      <translation>Höhe: (noch kein Bild)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>width:</source>
      <translation>Breite:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Output size {formula}, the kernel spanning f = d·(f − 1) + 1 cells; dilated form {dilated}:</source>
      <translation>Ausgabegröße {formula}, der Kernel überspannt f = d·(f − 1) + 1 Zellen; dilatierte Form {dilated}:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>height: {formula}</source>
      <translation>Höhe: {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>width:  {formula}</source>
      <translation>Breite: {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>No output with these settings</source>
      <translation>Keine Ausgabe mit diesen Einstellungen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{n_h}×{n_w} picture  →  {h}×{w} map</source>
      <translation>{n_h}×{n_w}-Bild  →  {h}×{w}-Karte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>digit drawing canvas</source>
      <translation>Zeichenfläche für Ziffern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Stroke width of the pen (MNIST strokes are about 2–3 of its 28 pixels)</source>
      <translation>Strichbreite des Stifts (MNIST-Striche sind etwa 2–3 der 28 Pixel breit)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>pen width</source>
      <translation>Stiftbreite</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Remove the last stroke (Ctrl+Z)</source>
      <translation>Den letzten Strich entfernen (Strg+Z)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Wipe the canvas</source>
      <translation>Zeichenfläche löschen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>class of the test digit</source>
      <translation>Klasse der Testziffer</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Which digit “Test digit” picks: without a mouse, pick a test digit instead of drawing</source>
      <translation>Welche Ziffer „Testziffer“ wählt: ohne Maus eine Testziffer wählen statt zu zeichnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>any digit</source>
      <translation>jede Ziffer</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Test digit</source>
      <translation>Testziffer</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Pick a random digit of this class from the 10,000 MNIST test digits</source>
      <translation>Eine zufällige Ziffer dieser Klasse aus den 10.000 MNIST-Testziffern wählen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Open photo…</source>
      <translation>Foto öffnen…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>A photo or scan of a digit on paper works: dark ink is detected and flipped</source>
      <translation>Ein Foto oder Scan einer Ziffer auf Papier geht auch: dunkle Tinte wird erkannt und umgekehrt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Camera</source>
      <translation>Kamera</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Hold a digit written on paper up to the camera: every frame goes through the preprocessing and every layer</source>
      <translation>Eine auf Papier geschriebene Ziffer vor die Kamera halten: Jedes Bild geht durch die Vorverarbeitung und jede Schicht</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>conv1 filters (6 × 5×5)</source>
      <translation>conv1-Filter (6 × 5×5)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>click a filter to edit it</source>
      <translation>Filter anklicken, um ihn zu bearbeiten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>conv2 filters (16 columns × 6 slices)</source>
      <translation>conv2-Filter (16 Spalten × 6 Scheiben)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>a column is one filter, a row one pool1 map · click to edit</source>
      <translation>eine Spalte ist ein Filter, eine Zeile eine pool1-Karte · zum Bearbeiten klicken</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>conv1 filter {filter}</source>
      <translation>conv1-Filter {filter}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>conv2 filter {filter}, slice for pool1 map {map}</source>
      <translation>conv2-Filter {filter}, Scheibe für pool1-Karte {map}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Pick a filter to edit</source>
      <translation>Filter zum Bearbeiten wählen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>slice for pool1 map </source>
      <translation>Scheibe für pool1-Karte </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>slice for pool1 map</source>
      <translation>Teil für pool1-Karte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>conv2 filters have one 5×5 slice per pool1 map: pick which one to edit.</source>
      <translation>conv2-Filter haben eine 5×5-Scheibe pro pool1-Karte: Wählen Sie, welche Sie bearbeiten.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Select a cell with the arrow keys and type a number to change a weight</source>
      <translation>Mit den Pfeiltasten eine Zelle wählen und eine Zahl tippen, um ein Gewicht zu ändern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Zero this filter</source>
      <translation>Filter nullen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Set every weight of this filter (all its slices) to 0; its bias stays.</source>
      <translation>Jedes Gewicht dieses Filters (alle Scheiben) auf 0 setzen; sein Bias bleibt.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Reset filter</source>
      <translation>Filter zurücksetzen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Give this filter back its trained weights.</source>
      <translation>Diesem Filter seine trainierten Gewichte zurückgeben.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Reset all to trained</source>
      <translation>Alle auf trainiert zurück</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Undo every edit: the network as it was trained.</source>
      <translation>Alle Änderungen zurücknehmen: das Netz, wie es trainiert wurde.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>A kernel to put into this slice with “Put preset here”</source>
      <translation>Ein Kernel, der mit „Vorlage hier einsetzen“ in diesen Teil kommt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Put preset here</source>
      <translation>Vorlage hier einsetzen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Replace this slice by the preset (a 3×3 preset is padded with zeros to 5×5).</source>
      <translation>Diese Scheibe durch die Vorlage ersetzen (eine 3×3-Vorlage wird mit Nullen auf 5×5 aufgefüllt).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>filter {filter}</source>
      <translation>Filter {filter}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>edited: differs from the trained weights</source>
      <translation>bearbeitet: weicht von den trainierten Gewichten ab</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>the trained weights (type to change a cell)</source>
      <translation>die trainierten Gewichte (tippen, um eine Zelle zu ändern)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>Click any map to inspect it</source>
      <translation>Klicken Sie eine Karte an, um sie zu untersuchen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>hover for values</source>
      <translation>Maus: Werte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>Every map of the network is computed from the maps before it. Click one (in the layers on the left) to see its input, its filter and the result side by side.</source>
      <translation>Jede Karte des Netzes wird aus den Karten davor berechnet. Klicken Sie eine an (in den Schichten links), um Eingabe, Filter und Ergebnis nebeneinander zu sehen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>⋆ slides the filter over the input (cross-correlation, as torch's conv2d)</source>
      <translation>⋆ schiebt den Filter über die Eingabe (Kreuzkorrelation, wie torchs conv2d)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>a weighted sum of all inputs</source>
      <translation>eine gewichtete Summe aller Eingaben</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>bias</source>
      <translation>Bias</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>conv1 · 6 maps 28×28</source>
      <translation>conv1 · 6 Karten 28×28</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>ReLU · max(0, x)</source>
      <translation>ReLU · max(0, x)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>max pool 2×2 → 14×14</source>
      <translation>Max-Pooling 2×2 → 14×14</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>conv2 · 16 maps 10×10</source>
      <translation>conv2 · 16 Karten 10×10</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>max pool 2×2 → 5×5</source>
      <translation>Max-Pooling 2×2 → 5×5</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>fc1 · 120 units (top row: before ReLU, bottom: after)</source>
      <translation>fc1 · 120 Einheiten (oben: vor ReLU, unten: danach)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>fc2 · 84 units (top row: before ReLU, bottom: after)</source>
      <translation>fc2 · 84 Einheiten (oben: vor ReLU, unten: danach)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>before ReLU</source>
      <translation>vor ReLU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>after ReLU</source>
      <translation>nach ReLU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>{layer} unit {unit} {when}</source>
      <translation>{layer} Einheit {unit} {when}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>hover: values · click: inspect</source>
      <translation>Maus darüber: Werte · Klick: untersuchen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>hover: a unit's value · click: its weights</source>
      <translation>Maus darüber: Wert einer Einheit · Klick: ihre Gewichte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>What does {layer} map {number} look for?</source>
      <translation>Wonach sucht {layer}-Karte {number}?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>What does {layer} unit {number} look for?</source>
      <translation>Wonach sucht {layer}-Einheit {number}?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>your model's maps</source>
      <translation>die Karten Ihres Modells</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>Every layer of your own model; the arrow keys scroll</source>
      <translation>Jede Schicht Ihres eigenen Modells; die Pfeiltasten scrollen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>this model</source>
      <translation>dieses Modell</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>its layers cannot be shown ({problem}) Its answer and the “Why this digit?” maps still work.</source>
      <translation>seine Schichten können nicht gezeigt werden ({problem}) Seine Antwort und die Karten von „Warum diese Ziffer?“ funktionieren trotzdem.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>{count} layers found · hover a map for values</source>
      <translation>{count} Schichten gefunden · Maus über eine Karte für Werte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>hover: values</source>
      <translation>Maus: Werte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>hover: a unit's value</source>
      <translation>Maus darüber: Wert einer Einheit</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>This model has no convolution layer, so there are no filters to show.</source>
      <translation>Dieses Modell hat keine Faltungsschicht, also gibt es keine Filter zu zeigen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source> (slices for input channel 1 of {channels})</source>
      <translation> (Scheiben für Eingabekanal 1 von {channels})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>{count} filters {height}×{width} × {channels} channel(s)</source>
      <translation>{count} Filter {height}×{width} × {channels} Kanal/Kanäle</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>a column is one filter · hover: weights</source>
      <translation>eine Spalte ist ein Filter · Maus darüber: Gewichte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>Filters</source>
      <translation>Filter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>picture</source>
      <translation>Bild</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>crop</source>
      <translation>Zuschnitt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>fit 20×20</source>
      <translation>in 20×20 einpassen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>centre 28×28</source>
      <translation>zentriert 28×28</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>MNIST already
cropped, fitted
and centred it  ⟶</source>
      <translation>MNIST hat sie schon
zugeschnitten, eingepasst
und zentriert  ⟶</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>how the drawing becomes the network's 28×28 input</source>
      <translation>wie die Zeichnung zur 28×28-Eingabe des Netzes wird</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>picture (flipped)</source>
      <translation>Bild (umgekehrt)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>crop {height}×{width}</source>
      <translation>Zuschnitt {height}×{width}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>Dark ink on a light background was flipped to white on black. </source>
      <translation>Dunkle Tinte auf hellem Grund wurde zu Weiß auf Schwarz umgekehrt. </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>The digit's box (orange) is cut out, scaled to fit 20×20 keeping its shape, and placed in 28×28 with its centre of mass on the cross, as MNIST digits were made.</source>
      <translation>Der Rahmen der Ziffer (orange) wird ausgeschnitten, formtreu auf 20×20 skaliert und so in 28×28 gesetzt, dass ihr Schwerpunkt auf dem Kreuz liegt, wie die MNIST-Ziffern gemacht wurden.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>28×28 as is</source>
      <translation>28×28 direkt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>An MNIST test digit is already cropped, fitted into 20×20 and centred, so it goes in unchanged.</source>
      <translation>Eine MNIST-Testziffer ist schon zugeschnitten, in 20×20 eingepasst und zentriert, sie geht also unverändert hinein.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>Draw, open a photo or pick a test digit: its preprocessing appears here.</source>
      <translation>Zeichnen, ein Foto öffnen oder eine Testziffer wählen: Die Vorverarbeitung erscheint hier.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/session.py" />
      <source>The session's filters were edited on other trained weights than the ones loaded now; its edited filters are back, the others are the weights loaded now.</source>
      <translation>Die Filter der Sitzung wurden auf anderen trainierten Gewichten bearbeitet als den jetzt geladenen; die bearbeiteten Filter sind zurück, die übrigen sind die jetzt geladenen Gewichte.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Images</source>
      <translation>Bilder</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>The slide prints &lt;b&gt;61,795&lt;/b&gt;: it counts each fully connected layer's biases as 1. With one bias per neuron (120 + 84 + 10) the true total is &lt;b&gt;62,006&lt;/b&gt;.</source>
      <translation>Die Folie nennt &lt;b&gt;61.795&lt;/b&gt;: Sie zählt die Biases jeder vollständig verbundenen Schicht als 1. Mit einem Bias pro Neuron (120 + 84 + 10) ist die wahre Summe &lt;b&gt;62.006&lt;/b&gt;.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>LeNet</source>
      <translation>LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>The trained LeNet could not be loaded</source>
      <translation>Das trainierte LeNet konnte nicht geladen werden</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Draw a digit</source>
      <translation>Ziffer zeichnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>What the network gets</source>
      <translation>Was das Netz bekommt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>colour range</source>
      <translation>Farbbereich</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Which maps share colour-bar ends: each map its own, the maps of a layer, or every map of the network (one colour, one value everywhere)</source>
      <translation>Welche Karten die Enden der Farbleiste teilen: jede Karte ihre eigenen, die Karten einer Schicht oder alle Karten des Netzes (eine Farbe, überall ein Wert)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Every layer, live</source>
      <translation>Jede Schicht, live</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Learned filters · edit the trained network</source>
      <translation>Gelernte Filter · das trainierte Netz bearbeiten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>PyTorch counts {count} parameters in this model.</source>
      <translation>PyTorch zählt {count} Parameter in diesem Modell.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>This network (PyTorch)</source>
      <translation>Dieses Netz (PyTorch)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>The slide's table</source>
      <translation>Tabelle der Folie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Inspect</source>
      <translation>Untersuchen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Edit filters</source>
      <translation>Filter bearbeiten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Parameters</source>
      <translation>Parameter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Every layer</source>
      <translation>Jede Schicht</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Inspect · edit · parameters</source>
      <translation>Untersuchen · bearbeiten · Parameter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Open a photo of a digit</source>
      <translation>Foto einer Ziffer öffnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>draw a digit</source>
      <translation>Ziffer zeichnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Could not open that photo: {problem} The drawing stays.</source>
      <translation>Das Foto ließ sich nicht öffnen: {problem} Die Zeichnung bleibt.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>preprocess {ms} ms · forward {forward} ms</source>
      <translation>Vorverarbeitung {ms} ms · Vorwärtsdurchlauf {forward} ms</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>camera</source>
      <translation>Kamera</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/channel_grids.py" />
      <source>The channels' sums are added into one output cell</source>
      <translation>Die Summen der Kanäle werden zu einer Ausgabezelle addiert</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/channel_grids.py" />
      <source>Sum {total}</source>
      <translation>Summe {total}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Transposed convolution</source>
      <translation>Transponierte Faltung</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>cells (rows × columns)</source>
      <translation>Zellen (Zeilen × Spalten)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>“same”: ⌈n / stride⌉ out</source>
      <translation>„same“: ⌈n / Schritt⌉ heraus</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>“valid”: none</source>
      <translation>„valid“: keins</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>The decks' worked examples, or your own numbers</source>
      <translation>Die Rechenbeispiele der Folien oder Ihre eigenen Zahlen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Your own numbers</source>
      <translation>Eigene Zahlen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Random numbers</source>
      <translation>Zufallszahlen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Fill the input with new random whole numbers 0–9</source>
      <translation>Die Eingabe mit neuen zufälligen ganzen Zahlen 0–9 füllen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Use the picture</source>
      <translation>Bild verwenden</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Shrink the open picture to the input size (grey levels 0–255)</source>
      <translation>Das geöffnete Bild auf die Eingabegröße verkleinern (Graustufen 0–255)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>input rows</source>
      <translation>Eingabezeilen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>input columns</source>
      <translation>Eingabespalten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Convolution, max or average pooling, or a transposed convolution</source>
      <translation>Faltung, Max- oder Average-Pooling oder eine transponierte Faltung</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Kernels the course uses</source>
      <translation>Die Kernel des Kurses</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>(your own kernel)</source>
      <translation>(eigener Kernel)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Off: cross-correlation, what CNNs compute. On: the kernel is turned 180° first, as in the mathematical convolution.</source>
      <translation>Aus: Kreuzkorrelation, was CNNs berechnen. An: Der Kernel wird zuerst um 180° gedreht, wie in der mathematischen Faltung.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Second kernel on the output</source>
      <translation>Zweiter Kernel auf der Ausgabe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Apply a second kernel to the output and click its cells: the input cells one cell of layer 2 depends on light up (two 3×3 kernels see 5×5)</source>
      <translation>Einen zweiten Kernel auf die Ausgabe anwenden und seine Zellen anklicken: Die Eingabezellen, von denen eine Zelle der Schicht 2 abhängt, leuchten auf (zwei 3×3-Kernel sehen 5×5)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>pooling window size</source>
      <translation>Größe des Pooling-Fensters</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>“same” pads so that the output has ⌈n / stride⌉ cells a side: the input's size at stride 1</source>
      <translation>„same“ füllt so auf, dass die Ausgabe ⌈n / Schritt⌉ Zellen je Seite hat: bei Schrittweite 1 die Größe der Eingabe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>padding on every side (rows; columns too while they are equal)</source>
      <translation>Padding an jeder Seite (Zeilen; Spalten mit, solange gleich)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Rows of padding above and below; the columns follow while both are equal</source>
      <translation>Padding-Zeilen oben und unten; die Spalten folgen, solange beide gleich sind</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>padding columns (left and right)</source>
      <translation>Padding-Spalten (links und rechts)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Columns of padding left and right: set them apart from the rows here</source>
      <translation>Padding-Spalten links und rechts: hier getrennt von den Zeilen einstellen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>output padding</source>
      <translation>Ausgabe-Padding</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>output padding: extra cells kept at the bottom and right of a transposed convolution's output (smaller than the stride or the dilation)</source>
      <translation>Ausgabe-Padding: zusätzliche Zellen unten und rechts an der Ausgabe einer transponierten Faltung (kleiner als Schrittweite oder Dilatation)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>filter stepped through</source>
      <translation>durchlaufener Filter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Added once to the channels' sums: output = red + green + blue + b</source>
      <translation>Einmal zu den Kanalsummen addiert: Ausgabe = Rot + Grün + Blau + b</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Operation</source>
      <translation>Operation</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Kernel size</source>
      <translation>Kernelgröße</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Window</source>
      <translation>Fenster</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Filter</source>
      <translation>Filter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Bias b</source>
      <translation>Bias b</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Sliding</source>
      <translation>Verschieben</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Pad cells</source>
      <translation>Padding-Zellen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Output padding</source>
      <translation>Ausgabe-Padding</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Shrink “{name}” to the input size (grey levels 0–255)</source>
      <translation>„{name}“ auf die Eingabegröße verkleinern (Graustufen 0–255)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Open a picture first</source>
      <translation>Zuerst ein Bild öffnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>kernel 2 (on the output)</source>
      <translation>Kernel 2 (auf der Ausgabe)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>No layer 2</source>
      <translation>Keine Schicht 2</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>layer 2, {rows}×{cols} (click a cell)</source>
      <translation>Schicht 2, {rows}×{cols} (Zelle anklicken)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>same as one {rows}×{cols} kernel</source>
      <translation>wie ein {rows}×{cols}-Kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>Layer-2 cell ({cell}) reads {rows}×{cols} cells of the first output, which together read {size} input cells: its receptive field.</source>
      <translation>Die Zelle der Schicht 2 ({cell}) liest {rows}×{cols} Zellen der ersten Ausgabe, die zusammen {size} Eingabezellen lesen: ihr rezeptives Feld.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>{speed} step/s</source>
      <translation>{speed} Schritt/s</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>{speed} steps/s</source>
      <translation>{speed} Schritte/s</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>First step (Home)</source>
      <translation>Erster Schritt (Pos1)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Step back (Left)</source>
      <translation>Schritt zurück (Links)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Play / pause (Space)</source>
      <translation>Abspielen / Pause (Leertaste)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Step forward (Right)</source>
      <translation>Schritt vor (Rechts)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Last step (End)</source>
      <translation>Letzter Schritt (Ende)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Drag to any step</source>
      <translation>Zu einem beliebigen Schritt ziehen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Playback speed (+ / −)</source>
      <translation>Abspielgeschwindigkeit (+ / −)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Play</source>
      <translation>Abspielen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>step {step} of {count}</source>
      <translation>Schritt {step} von {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>no steps</source>
      <translation>keine Schritte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source> of “{picture}”</source>
      <translation> von „{picture}“</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Input {rows}×{cols}</source>
      <translation>Eingabe {rows}×{cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>transposed convolution: every input cell stamps the kernel, scaled, into the output</source>
      <translation>Transponierte Faltung: Jede Eingabezelle stempelt den skalierten Kernel in die Ausgabe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Kernel {rows}×{cols}</source>
      <translation>Kernel {rows}×{cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>No output</source>
      <translation>Keine Ausgabe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>, {padding} cut from each side</source>
      <translation>, {padding} an jeder Seite abgeschnitten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Output {rows}×{cols}</source>
      <translation>Ausgabe {rows}×{cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>The stamp: input cell × kernel</source>
      <translation>Der Stempel: Eingabezelle × Kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>orange: this stamp</source>
      <translation>orange: dieser Stempel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>… and {count} more overlapping cell(s)</source>
      <translation>… und {count} weitere überlappende Zelle(n)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Step {step} of {count} · input {cell} stamps {landed} output cell(s)</source>
      <translation>Schritt {step} von {count} · Eingabe {cell} stempelt {landed} Ausgabezelle(n)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>, then × {factor}</source>
      <translation>, dann × {factor}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Multiply the whole kernel by this input cell and add the stamp into the output; where stamps overlap the output holds their sum{then}.</source>
      <translation>Den ganzen Kernel mit dieser Eingabezelle multiplizieren und den Stempel zur Ausgabe addieren; wo Stempel sich überlappen, steht ihre Summe{then}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>{value} × kernel</source>
      <translation>{value} × Kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source> ({cut} of its cells fall in the cut-off padding)</source>
      <translation> ({cut} seiner Zellen fallen ins abgeschnittene Padding)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>{stamp}: the whole stamp falls in the cut-off padding</source>
      <translation>{stamp}: Der ganze Stempel fällt ins abgeschnittene Padding</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>{first} to {last}</source>
      <translation>{first} bis {last}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>{stamp} → output rows {rows}, columns {cols}</source>
      <translation>{stamp} → Ausgabezeilen {rows}, Spalten {cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Space plays or pauses, the arrow keys step, Home and End go to the first and last step; each step's arithmetic is read out</source>
      <translation>Leertaste spielt ab oder hält an, die Pfeiltasten gehen schrittweise, Pos1 und Ende gehen zum ersten und letzten Schritt; die Rechnung jedes Schritts wird vorgelesen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>The example, the operation and the sliding settings</source>
      <translation>Das Beispiel, die Operation und die Einstellungen des Verschiebens</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Settings</source>
      <translation>Einstellungen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Show the settings column (presentation mode hides it to give the numbers room)</source>
      <translation>Einstellungsspalte zeigen (der Präsentationsmodus blendet sie aus, damit die Zahlen Platz haben)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>the picture</source>
      <translation>das Bild</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Steps: “{picture}” is ready; press “Use the picture” to step through it.</source>
      <translation>Schritte: „{picture}“ ist bereit; drücken Sie „Bild verwenden“, um es Schritt für Schritt durchzugehen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Open a picture first (File ▸ Open image…).</source>
      <translation>Zuerst ein Bild öffnen (Datei ▸ Bild öffnen…).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Turned kernel</source>
      <translation>Gedrehter Kern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Every product is summed with the whole-number cells, then the sum is multiplied by {factor}.</source>
      <translation>Jedes Produkt wird mit den ganzzahligen Zellen summiert, dann wird die Summe mit {factor} multipliziert.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source> (turned 180°, as applied)</source>
      <translation> (um 180° gedreht, wie angewandt)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>&lt;b&gt;max&lt;/b&gt; of each&lt;br&gt;{size}×{size} window&lt;br&gt;stride {stride}</source>
      <translation>&lt;b&gt;Maximum&lt;/b&gt; jedes&lt;br&gt;{size}×{size}-Fensters&lt;br&gt;Schrittweite {stride}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>&lt;b&gt;average&lt;/b&gt; of each&lt;br&gt;{size}×{size} window&lt;br&gt;stride {stride}</source>
      <translation>&lt;b&gt;Mittelwert&lt;/b&gt; jedes&lt;br&gt;{size}×{size}-Fensters&lt;br&gt;Schrittweite {stride}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source> of filter {filter} of {count}</source>
      <translation> von Filter {filter} von {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Products: window × kernel</source>
      <translation>Produkte: Fenster × Kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>The window</source>
      <translation>Das Fenster</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Kernel, products and output are coloured by what they can be, as everywhere in convviz; every cell shows its number too.</source>
      <translation>Kernel, Produkte und Ausgabe sind danach gefärbt, was sie sein können, wie überall in convviz; jede Zelle zeigt auch ihre Zahl.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>each kernel slice multiplies its own channel; the channels' sums and the bias are added into one output cell</source>
      <translation>jede Kernelscheibe multipliziert ihren eigenen Kanal; die Kanalsummen und der Bias werden zu einer Ausgabezelle addiert</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>multiply each covered cell by the kernel weight in its corner, then add the products</source>
      <translation>jede überdeckte Zelle mit dem Kernelgewicht in ihrer Ecke multiplizieren, dann die Produkte addieren</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>the largest value wins</source>
      <translation>der größte Wert gewinnt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>add them all, divide by the count</source>
      <translation>alle addieren, durch die Anzahl teilen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Step {step} of {count} · output {cell}</source>
      <translation>Schritt {step} von {count} · Ausgabe {cell}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Nothing to show yet.</source>
      <translation>Noch nichts zu zeigen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>No steps with these settings</source>
      <translation>Keine Schritte mit diesen Einstellungen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Change the kernel size, padding, stride or dilation and the steps come back.</source>
      <translation>Ändern Sie Kernelgröße, Padding, Schrittweite oder Dilatation, dann kommen die Schritte zurück.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Steps: “{picture}” shrunk to {rows}×{cols} grey levels (0 = black, 255 = white).</source>
      <translation>Schritte: „{picture}“ auf {rows}×{cols} Graustufen verkleinert (0 = schwarz, 255 = weiß).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>The picture could not be shrunk: {problem}</source>
      <translation>Das Bild ließ sich nicht verkleinern: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/camera_panel.py" />
      <source>Keep the frame on screen as an ordinary picture: pin a pixel, step through it, export it</source>
      <translation>Das Bild als gewöhnliches Bild behalten: ein Pixel festhalten, Schritt für Schritt durchgehen, exportieren</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/camera_panel.py" />
      <source>Opening {source}…</source>
      <translation>{source} wird geöffnet…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/camera_panel.py" />
      <source>{shown:.1f} frames a second shown ({captured:.1f} from the camera) · {width}×{height}</source>
      <translation>{shown:.1f} Bilder pro Sekunde gezeigt ({captured:.1f} von der Kamera) · {width}×{height}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>confusion matrix</source>
      <translation>Konfusionsmatrix</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>Rows: the true digit; columns: what the network read. Arrow keys choose a cell and list its test digits</source>
      <translation>Zeilen: die wahre Ziffer; Spalten: was das Netz gelesen hat. Die Pfeiltasten wählen eine Zelle und listen ihre Testziffern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>read as →</source>
      <translation>gelesen als →</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>true digit →</source>
      <translation>wahre Ziffer →</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>{count} test digits that are {true}s read as {predicted}</source>
      <translation>{count} Testziffern „{true}“, gelesen als {predicted}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>{count} test digit(s) that are {true}s {what} · click to see them</source>
      <translation>{count} Testziffer(n), die {true} sind, {what} · klicken, um sie zu sehen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/drawing_canvas.py" />
      <source>Draw a digit: left button or pen. Ctrl+Z undoes the last stroke.</source>
      <translation>Ziffer zeichnen: linke Maustaste oder Stift. Strg+Z nimmt den letzten Strich zurück.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/drawing_canvas.py" />
      <source>draw a digit here</source>
      <translation>hier eine Ziffer zeichnen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/file_filters.py" />
      <source>All files</source>
      <translation>Alle Dateien</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/live_camera.py" />
      <source>The camera is off.</source>
      <translation>Die Kamera ist aus.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/live_camera.py" />
      <source>Paused: frame {number} is the picture now.</source>
      <translation>Angehalten: Bild {number} ist jetzt das Bild.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>map {number} of {count}</source>
      <translation>Karte {number} von {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>filter {number} of {count}</source>
      <translation>Filter {number} von {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>channel {number} of {count}</source>
      <translation>Kanal {number} von {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>slice {number} of {count}</source>
      <translation>Scheibe {number} von {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>hover for values · click a map to inspect it</source>
      <translation>Maus darüber für Werte · Karte anklicken zum Untersuchen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>maps</source>
      <translation>Karten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>Arrow keys choose a map (or a unit) to inspect, as a click does</source>
      <translation>Die Pfeiltasten wählen eine Karte (oder Einheit) zum Untersuchen, wie ein Klick</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>this map's colours: {low} to {high}</source>
      <translation>Farben dieser Karte: {low} bis {high}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>Arrow keys move between cells; type a number or press Enter to change one</source>
      <translation>Die Pfeiltasten wechseln zwischen Zellen; eine Zahl tippen oder Enter drücken, um eine zu ändern</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>Arrow keys move between cells to read them</source>
      <translation>Die Pfeiltasten wechseln zwischen Zellen, um sie zu lesen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>The cell keeps {value}.</source>
      <translation>Die Zelle behält {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>padding ({value})</source>
      <translation>Padding ({value})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>not revealed yet</source>
      <translation>noch nicht aufgedeckt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Layer</source>
      <translation>Schicht</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Output</source>
      <translation>Ausgabe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Activations</source>
      <translation>Aktivierungen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Weights</source>
      <translation>Gewichte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Biases</source>
      <translation>Biases</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>ReLU</source>
      <translation>ReLU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>max pool</source>
      <translation>Max-Pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>fully connected</source>
      <translation>vollständig verbunden</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>softmax</source>
      <translation>Softmax</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>parameters of each layer</source>
      <translation>Parameter jeder Schicht</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Each layer's output shape, weights and biases, one row a layer</source>
      <translation>Ausgabeform, Gewichte und Biases jeder Schicht, eine Zeile pro Schicht</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Total</source>
      <translation>Summe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>probability of each digit</source>
      <translation>Wahrscheinlichkeit jeder Ziffer</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>The network reads</source>
      <translation>Das Netz liest</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>{percent} sure</source>
      <translation>{percent} sicher</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>fc3 · 10 logits</source>
      <translation>fc3 · 10 Logits</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>softmax · probabilities</source>
      <translation>Softmax · Wahrscheinlichkeiten</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>logits</source>
      <translation>Logits</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>None (identity)</source>
      <translation>Keine (Identität)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Passes every value through unchanged: the layer stays linear.</source>
      <translation>Lässt jeden Wert unverändert durch: Die Schicht bleibt linear.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Keeps positive responses and zeroes negative ones; cheap and does not saturate for x &gt; 0.</source>
      <translation>Behält positive Antworten und setzt negative auf null; billig und sättigt nicht für x &gt; 0.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Leaky ReLU</source>
      <translation>Leaky ReLU</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Like ReLU but lets a small slope a through for x &lt; 0, so neurons never stop learning entirely.</source>
      <translation>Wie ReLU, lässt aber für x &lt; 0 eine kleine Steigung a durch, damit Neuronen nie ganz aufhören zu lernen.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Sigmoid</source>
      <translation>Sigmoid</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Squashes any value into (0, 1); saturates for large |x|, so gradients vanish there.</source>
      <translation>Presst jeden Wert in (0, 1); sättigt für großes |x|, dort verschwinden die Gradienten.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>tanh</source>
      <translation>tanh</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Squashes any value into (−1, 1), centred on zero; saturates like the sigmoid.</source>
      <translation>Presst jeden Wert in (−1, 1), um null zentriert; sättigt wie die Sigmoid-Funktion.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>ELU</source>
      <translation>ELU</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Identity for x &gt; 0 and a smooth curve towards −α below zero, keeping mean activations near zero.</source>
      <translation>Identität für x &gt; 0 und unter null eine glatte Kurve gegen −α; hält mittlere Aktivierungen nahe null.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Softmax</source>
      <translation>Softmax</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Turns a vector of scores into probabilities that are positive and sum to 1 (the last layer of a classifier).</source>
      <translation>Macht aus einem Vektor von Punktzahlen Wahrscheinlichkeiten, positiv und mit Summe 1 (die letzte Schicht eines Klassifikators).</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>unknown activation {name!r}; choose one of {choices}</source>
      <translation>unbekannte Aktivierung {name!r}; eine wählen von: {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>the slope and alpha of an activation must be finite numbers</source>
      <translation>Steigung und alpha einer Aktivierung müssen endliche Zahlen sein</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>maxout needs at least one feature map</source>
      <translation>Maxout braucht mindestens eine Merkmalskarte</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>feature maps</source>
      <translation>Merkmalskarten</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the image has {channels} channels but the kernel is a single {kh}×{kw} grid; use a gray image or a ({channels}, kh, kw) kernel</source>
      <translation>das Bild hat {channels} Kanäle, aber der Kernel ist ein einzelnes {kh}×{kw}-Raster; ein Graustufenbild oder einen ({channels}, kh, kw)-Kernel verwenden</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>channel mismatch: the kernel has {kernel_channels} channel(s) but the image has {channels}; they must be equal</source>
      <translation>Kanäle passen nicht zusammen: Der Kernel hat {kernel_channels} Kanal/Kanäle, das Bild aber {channels}; sie müssen gleich sein</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the {kh}×{kw} kernel (with dilation {d} it spans {span} cells) is too tall for the {padded}-cell padded input; add padding or use a smaller kernel</source>
      <translation>der {kh}×{kw}-Kernel (mit Dilatation {d} überspannt er {span} Zellen) ist zu hoch für die Eingabe mit Padding, die {padded} Zellen hat; mehr Padding oder einen kleineren Kernel verwenden</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the {kh}×{kw} kernel (with dilation {d} it spans {span} cells) is too wide for the {padded}-cell padded input; add padding or use a smaller kernel</source>
      <translation>der {kh}×{kw}-Kernel (mit Dilatation {d} überspannt er {span} Zellen) ist zu breit für die Eingabe mit Padding, die {padded} Zellen hat; mehr Padding oder einen kleineren Kernel verwenden</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>convolution engine</source>
      <translation>Faltungs-Engine</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>groups</source>
      <translation>Gruppen</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>dtype must be a float type such as float32 (got {dtype})</source>
      <translation>dtype muss ein Gleitkommatyp wie float32 sein (erhalten: {dtype})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>image</source>
      <translation>Bild</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>groups must be at least 1 (got {groups})</source>
      <translation>Gruppen müssen mindestens 1 sein (erhalten: {groups})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>grouped convolution needs a (N, C/groups, kh, kw) bank of filters (got a kernel of shape {shape})</source>
      <translation>gruppierte Faltung braucht eine (N, C/groups, kh, kw)-Filterbank (erhalten: ein Kernel der Form {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the image's {channels} channel(s) cannot be split into {groups} equal groups; choose groups that divide {channels}</source>
      <translation>die {channels} Kanal/Kanäle des Bildes lassen sich nicht in {groups} gleiche Gruppen teilen; eine Gruppenzahl wählen, die {channels} teilt</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the {filters} filter(s) cannot be shared out among {groups} groups; the number of filters must be a multiple of groups</source>
      <translation>die {filters} Filter lassen sich nicht auf {groups} Gruppen verteilen; die Zahl der Filter muss ein Vielfaches der Gruppen sein</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>with {groups} groups each filter sees {per_group} channel(s) ({channels} / {groups}), but the kernel has {kernel_channels}; its shape must be ({filters}, {per_group}, kh, kw)</source>
      <translation>mit {groups} Gruppen sieht jeder Filter {per_group} Kanal/Kanäle ({channels} / {groups}), aber der Kernel hat {kernel_channels}; seine Form muss ({filters}, {per_group}, kh, kw) sein</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>grouped convolution needs a (C, H, W) picture with several channels</source>
      <translation>gruppierte Faltung braucht ein (C, H, W)-Bild mit mehreren Kanälen</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the OpenCV engine needs the opencv-python-headless package; install it or use engine="numpy"</source>
      <translation>die OpenCV-Engine braucht das Paket opencv-python-headless; es installieren oder engine="numpy" verwenden</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>device must be a name such as 'cpu' or 'cuda', not {name!r}</source>
      <translation>device muss ein Name wie 'cpu' oder 'cuda' sein, nicht {name!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>unknown device {name!r}; choose one of {choices} (or 'auto')</source>
      <translation>unbekanntes Gerät {name!r}; eines wählen von: {choices} (oder 'auto')</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>No usable CUDA GPU was found; computing on the CPU instead.</source>
      <translation>Keine nutzbare CUDA-GPU gefunden; stattdessen wird auf der CPU gerechnet.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>No usable Apple GPU (MPS) was found; computing on the CPU instead.</source>
      <translation>Keine nutzbare Apple-GPU (MPS) gefunden; stattdessen wird auf der CPU gerechnet.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>There is no GPU number {index} (this machine has {count}); using cuda:0.</source>
      <translation>Es gibt keine GPU Nummer {index} (dieser Rechner hat {count}); cuda:0 wird verwendet.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>a PostScript document</source>
      <translation>ein PostScript-Dokument</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>an EPS document (PostScript)</source>
      <translation>ein EPS-Dokument (PostScript)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>a PDF document</source>
      <translation>ein PDF-Dokument</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>image mode</source>
      <translation>Bildmodus</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>max_side must be a whole number of pixels, at least 1 (got {max_side!r})</source>
      <translation>max_side muss eine ganze Zahl von Pixeln sein, mindestens 1 (erhalten: {max_side!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} needs more memory than this computer has free; shrink it first</source>
      <translation>{name} braucht mehr Speicher, als dieser Rechner frei hat; zuerst verkleinern</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} could not be read as a picture: it may be damaged or cut short ({error})</source>
      <translation>{name} konnte nicht als Bild gelesen werden: Es ist vielleicht beschädigt oder unvollständig ({error})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>a picture</source>
      <translation>ein Bild</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is empty (0 bytes), so it holds no picture</source>
      <translation>{name} ist leer (0 Bytes) und enthält daher kein Bild</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is {kind}, not a picture convviz reads; convviz never starts another program to read a file. Export it as {formats} first</source>
      <translation>{name} ist {kind}, kein Bild, das convviz liest; convviz startet nie ein anderes Programm, um eine Datei zu lesen. Zuerst als {formats} exportieren</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is not a picture convviz can read; it reads {formats} files</source>
      <translation>{name} ist kein Bild, das convviz lesen kann; es liest {formats}-Dateien</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is far too large to open safely (more than {limit:,} pixels); shrink it in an image editor first</source>
      <translation>{name} ist viel zu groß, um es sicher zu öffnen (mehr als {limit:,} Pixel); zuerst in einem Bildbearbeitungsprogramm verkleinern</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} has no pixels ({width}×{height})</source>
      <translation>{name} hat keine Pixel ({width}×{height})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is {width}×{height} pixels, too large to open safely (the limit is {limit:,} pixels); shrink it in an image editor first</source>
      <translation>{name} hat {width}×{height} Pixel, zu groß, um es sicher zu öffnen (die Grenze ist {limit:,} Pixel); zuerst in einem Bildbearbeitungsprogramm verkleinern</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>shape must be (height, width), not {shape!r}</source>
      <translation>shape muss (Höhe, Breite) sein, nicht {shape!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>the downscaled size must be at least 1×1 (got {target_h}×{target_w})</source>
      <translation>die verkleinerte Größe muss mindestens 1×1 sein (erhalten: {target_h}×{target_w})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>the image must be (H, W) or (C, H, W) and not empty (got shape {shape})</source>
      <translation>das Bild muss (H, W) oder (C, H, W) und nicht leer sein (erhalten: Form {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>the kernel's factor</source>
      <translation>der Faktor des Kernels</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must be a number such as 1/9, not {value!r}</source>
      <translation>{what} muss eine Zahl wie 1/9 sein, nicht {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must be a finite number such as 1/9, not {value!r}</source>
      <translation>{what} muss eine endliche Zahl wie 1/9 sein, nicht {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must be written like 1/9, 2 or 0.5, not {value!r}</source>
      <translation>{what} muss wie 1/9, 2 oder 0.5 geschrieben werden, nicht {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must be a number such as 1/9, not {kind}</source>
      <translation>{what} muss eine Zahl wie 1/9 sein, nicht {kind}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must not be 0 (every weight is multiplied by it)</source>
      <translation>{what} darf nicht 0 sein (jedes Gewicht wird damit multipliziert)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} is {factor}; write a simpler factor such as 1/9 or 1/256</source>
      <translation>{what} ist {factor}; einen einfacheren Faktor wie 1/9 oder 1/256 schreiben</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Identity</source>
      <translation>Identität</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Copies each pixel unchanged: the neutral kernel to compare every other one with.</source>
      <translation>Kopiert jedes Pixel unverändert: der neutrale Kernel zum Vergleich mit allen anderen.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Edge detection (diagonal)</source>
      <translation>Kantenerkennung (diagonal)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Compares opposite corners, so it answers where brightness changes along the diagonals.</source>
      <translation>Vergleicht gegenüberliegende Ecken und antwortet daher, wo sich die Helligkeit entlang der Diagonalen ändert.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Edge detection (4-neighbour)</source>
      <translation>Kantenerkennung (4 Nachbarn)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Centre against its four neighbours: zero on flat areas, large where intensity bends (edges).</source>
      <translation>Mitte gegen ihre vier Nachbarn: null auf flachen Flächen, groß, wo die Intensität abknickt (Kanten).</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Edge detection (8-neighbour)</source>
      <translation>Kantenerkennung (8 Nachbarn)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Centre against all eight neighbours: highlights edges in every direction, flat areas go to 0.</source>
      <translation>Mitte gegen alle acht Nachbarn: hebt Kanten in jeder Richtung hervor, flache Flächen werden 0.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Sharpen</source>
      <translation>Schärfen</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>The image plus its 4-neighbour edges: boosts local contrast while keeping overall brightness.</source>
      <translation>Das Bild plus seine 4-Nachbar-Kanten: erhöht den lokalen Kontrast, die Gesamthelligkeit bleibt.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Edge enhance</source>
      <translation>Kanten betonen</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>The picture plus half its 8-neighbour edges (Pillow's EDGE_ENHANCE): weights add up to 1, edges gain contrast.</source>
      <translation>Das Bild plus die Hälfte seiner 8-Nachbar-Kanten (Pillows EDGE_ENHANCE): Gewichte summieren sich zu 1, Kanten gewinnen Kontrast.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Box blur</source>
      <translation>Box-Weichzeichner</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Replaces each pixel by the mean of its 3×3 neighbourhood: smooths noise and detail equally.</source>
      <translation>Ersetzt jedes Pixel durch den Mittelwert seiner 3×3-Nachbarschaft: glättet Rauschen und Details gleichermaßen.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Gaussian blur 3×3</source>
      <translation>Gauß-Weichzeichner 3×3</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>A weighted mean that trusts the centre most: a softer, more natural blur than the box.</source>
      <translation>Ein gewichteter Mittelwert, der der Mitte am meisten traut: weicher und natürlicher als der Box-Weichzeichner.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Gaussian blur 5×5</source>
      <translation>Gauß-Weichzeichner 5×5</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>A wider Gaussian (binomial weights 1-4-6-4-1): stronger smoothing without the box's blocky artefacts.</source>
      <translation>Ein breiterer Gauß (Binomialgewichte 1-4-6-4-1): stärkere Glättung ohne die Blockartefakte des Box-Filters.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Unsharp mask 5×5</source>
      <translation>Unscharfmaske 5×5</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Twice the image minus its Gaussian blur: sharpens by adding back the detail the blur removed.</source>
      <translation>Das doppelte Bild minus seine Gauß-Unschärfe: schärft, indem es die vom Weichzeichnen entfernten Details zurückgibt.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Emboss</source>
      <translation>Relief</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Subtracts the upper-left from the lower-right: edges look raised, lit from one side.</source>
      <translation>Zieht oben links von unten rechts ab: Kanten wirken erhaben, von einer Seite beleuchtet.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Outline</source>
      <translation>Umriss</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Keeps only where a pixel differs from all its neighbours: draws the outlines of shapes.</source>
      <translation>Behält nur, wo sich ein Pixel von allen Nachbarn unterscheidet: zeichnet die Umrisse von Formen.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Sobel x</source>
      <translation>Sobel x</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Horizontal gradient with the centre row weighted double: finds vertical edges, robust to noise.</source>
      <translation>Horizontaler Gradient, mittlere Zeile doppelt gewichtet: findet senkrechte Kanten, robust gegen Rauschen.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Sobel y</source>
      <translation>Sobel y</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Vertical gradient with the centre column weighted double: finds horizontal edges.</source>
      <translation>Vertikaler Gradient, mittlere Spalte doppelt gewichtet: findet waagerechte Kanten.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Prewitt x</source>
      <translation>Prewitt x</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Right minus left, every row weighted equally: a plain detector of vertical edges.</source>
      <translation>Rechts minus links, jede Zeile gleich gewichtet: ein einfacher Detektor für senkrechte Kanten.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Prewitt y</source>
      <translation>Prewitt y</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Bottom minus top, every column weighted equally: a plain detector of horizontal edges.</source>
      <translation>Unten minus oben, jede Spalte gleich gewichtet: ein einfacher Detektor für waagerechte Kanten.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Scharr x</source>
      <translation>Scharr x</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Like Sobel x with weights tuned so edges of every orientation get a more accurate strength.</source>
      <translation>Wie Sobel x, mit Gewichten so abgestimmt, dass Kanten jeder Richtung eine genauere Stärke bekommen.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Scharr y</source>
      <translation>Scharr y</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Like Sobel y with weights tuned so edges of every orientation get a more accurate strength.</source>
      <translation>Wie Sobel y, mit Gewichten so abgestimmt, dass Kanten jeder Richtung eine genauere Stärke bekommen.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Laplacian</source>
      <translation>Laplace</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>The second derivative: zero on flat areas and steady ramps, strong on both sides of an edge.</source>
      <translation>Die zweite Ableitung: null auf flachen Flächen und gleichmäßigen Rampen, stark zu beiden Seiten einer Kante.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Horizontal lines</source>
      <translation>Waagerechte Linien</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Rewards a bright middle row against dark rows above and below: responds to thin horizontal lines.</source>
      <translation>Belohnt eine helle mittlere Zeile gegenüber dunklen Zeilen darüber und darunter: reagiert auf dünne waagerechte Linien.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Vertical lines</source>
      <translation>Senkrechte Linien</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Rewards a bright middle column against dark sides: responds to thin vertical lines.</source>
      <translation>Belohnt eine helle mittlere Spalte gegenüber dunklen Seiten: reagiert auf dünne senkrechte Linien.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>45° lines</source>
      <translation>45°-Linien</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Rewards a bright rising diagonal (/) against its surroundings: responds to 45° lines.</source>
      <translation>Belohnt eine helle steigende Diagonale (/) gegenüber ihrer Umgebung: reagiert auf 45°-Linien.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>135° lines</source>
      <translation>135°-Linien</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Rewards a bright falling diagonal (\) against its surroundings: responds to 135° lines.</source>
      <translation>Belohnt eine helle fallende Diagonale (\) gegenüber ihrer Umgebung: reagiert auf 135°-Linien.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Vertical edge (decks)</source>
      <translation>Senkrechte Kante (Folien)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Left column minus right column: positive where bright turns to dark going right (a vertical edge).</source>
      <translation>Linke Spalte minus rechte Spalte: positiv, wo Hell nach rechts in Dunkel übergeht (eine senkrechte Kante).</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Horizontal edge (decks)</source>
      <translation>Waagerechte Kante (Folien)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Top row minus bottom row: positive where bright turns to dark going down (a horizontal edge).</source>
      <translation>Obere Zeile minus untere Zeile: positiv, wo Hell nach unten in Dunkel übergeht (eine waagerechte Kante).</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Vertical edge [−1 0 1] (6×6 example)</source>
      <translation>Senkrechte Kante [−1 0 1] (6×6-Beispiel)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Right column minus left column, as in the 6×6 worked example: positive where it gets brighter going right.</source>
      <translation>Rechte Spalte minus linke Spalte, wie im 6×6-Rechenbeispiel: positiv, wo es nach rechts heller wird.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>X pattern: diagonal \ (9×9 example)</source>
      <translation>X-Muster: Diagonale \ (9×9-Beispiel)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>+1 on the falling diagonal, −1 elsewhere: scores 9 (1.00 after ÷9) where the X has a \ stroke.</source>
      <translation>+1 auf der fallenden Diagonale, sonst −1: ergibt 9 (1,00 nach ÷9), wo das X einen \-Strich hat.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>X pattern: diagonal / (9×9 example)</source>
      <translation>X-Muster: Diagonale / (9×9-Beispiel)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>+1 on the rising diagonal, −1 elsewhere: finds the / strokes of the X in the 9×9 example.</source>
      <translation>+1 auf der steigenden Diagonale, sonst −1: findet die /-Striche des X im 9×9-Beispiel.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>X pattern: crossing (9×9 example)</source>
      <translation>X-Muster: Kreuzung (9×9-Beispiel)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>+1 on both diagonals: peaks where the two strokes of the X cross.</source>
      <translation>+1 auf beiden Diagonalen: am stärksten, wo sich die zwei Striche des X kreuzen.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>unknown kernel preset {name!r}; choose one of {choices}</source>
      <translation>unbekannte Kernel-Vorlage {name!r}; eine wählen von: {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/padding.py" />
      <source>reflect padding must be smaller than the image side: {cells} cell(s) cannot mirror a {height}×{width} image; use less padding or zeros/replicate</source>
      <translation>reflect-Padding muss kleiner als die Bildseite sein: {cells} Zelle(n) können ein {height}×{width}-Bild nicht spiegeln; weniger Padding oder zeros/replicate verwenden</translation>
    </message>
    <message>
      <location filename="../../convviz/core/padding.py" />
      <source>padding must be 0 or more on every side</source>
      <translation>Padding muss auf jeder Seite 0 oder mehr sein</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>feature map</source>
      <translation>Merkmalskarte</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pooling mode</source>
      <translation>Pooling-Modus</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool size</source>
      <translation>Pooling-Größe</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool stride</source>
      <translation>Pooling-Schrittweite</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool padding must be a number of cells (0 or more), not {padding!r}</source>
      <translation>Pooling-Padding muss eine Zahl von Zellen sein (0 oder mehr), nicht {padding!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool padding</source>
      <translation>Pooling-Padding</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool padding must be at most half the pool size: {k}-cell windows allow 0 to {most} cell(s) of padding (got {pad})</source>
      <translation>Pooling-Padding darf höchstens die halbe Pooling-Größe sein: Fenster mit {k} Zellen erlauben 0 bis {most} Zelle(n) Padding (erhalten: {pad})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>the {rows}×{cols} pool window is bigger than the {height}×{width} (padded) feature map; use a window of at most {most} cells</source>
      <translation>das {rows}×{cols}-Pooling-Fenster ist größer als die (aufgefüllte) {height}×{width}-Merkmalskarte; ein Fenster von höchstens {most} Zellen verwenden</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>no output (the kernel is larger than the padded input)</source>
      <translation>keine Ausgabe (der Kernel ist größer als die aufgefüllte Eingabe)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>input size</source>
      <translation>Eingabegröße</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>kernel size</source>
      <translation>Kernelgröße</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>input size must be at least 1 (got {n})</source>
      <translation>Eingabegröße muss mindestens 1 sein (erhalten: {n})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>kernel size must be at least 1 (got {f})</source>
      <translation>Kernelgröße muss mindestens 1 sein (erhalten: {f})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>stride must be at least 1 (got {s})</source>
      <translation>Schrittweite muss mindestens 1 sein (erhalten: {s})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>dilation must be at least 1 (got {d})</source>
      <translation>Dilatation muss mindestens 1 sein (erhalten: {d})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>output_size works on one axis: give padding as one number</source>
      <translation>output_size arbeitet auf einer Achse: Padding als eine Zahl angeben</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>the {f}×{f} kernel (with dilation {d} it spans {span} cells) is larger than the {padded}-cell padded input; add padding or use a smaller kernel</source>
      <translation>der {f}×{f}-Kernel (mit Dilatation {d} überspannt er {span} Zellen) ist größer als die aufgefüllte Eingabe mit {padded} Zellen; Padding hinzufügen oder einen kleineren Kernel verwenden</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>, with f = {formula}</source>
      <translation>, mit f = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>0 or more</source>
      <translation>0 oder mehr</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>at least {minimum}</source>
      <translation>mindestens {minimum}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>{name} must be {rule} (got {number})</source>
      <translation>{name} muss {rule} sein (erhalten: {number})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>output padding ({op}) must be smaller than the stride ({s}) or the dilation ({d}); it only chooses between output sizes that the same stride could give</source>
      <translation>Ausgabe-Padding ({op}) muss kleiner als die Schrittweite ({s}) oder die Dilatation ({d}) sein; es wählt nur zwischen Ausgabegrößen, die dieselbe Schrittweite ergeben könnte</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>the padding ({p}) cuts away the whole output ({before} cells before cutting); use less padding</source>
      <translation>das Padding ({p}) schneidet die ganze Ausgabe weg ({before} Zellen vor dem Abschneiden); weniger Padding verwenden</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>{formula} = {size}: no output (the padding cuts away every cell)</source>
      <translation>{formula} = {size}: keine Ausgabe (das Padding schneidet jede Zelle weg)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/steps.py" />
      <source>step index must be an integer, not {kind}</source>
      <translation>der Schrittindex muss eine ganze Zahl sein, nicht {kind}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/steps.py" />
      <source>step {index} is out of range; there are {n} steps (0 to {last})</source>
      <translation>Schritt {index} liegt außerhalb des Bereichs; es gibt {n} Schritte (0 bis {last})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/steps.py" />
      <source>output cell ({out_row}, {out_col}) is outside the {ho}×{wo} output</source>
      <translation>Ausgabezelle ({out_row}, {out_col}) liegt außerhalb der {ho}×{wo}-Ausgabe</translation>
    </message>
    <message>
      <location filename="../../convviz/core/steps.py" />
      <source>steps follow one filter at a time; the kernel has {filters} filters, pass kernel[n]</source>
      <translation>die Schritte folgen jeweils einem Filter; der Kernel hat {filters} Filter, kernel[n] übergeben</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>a transposed convolution's kernel is a (kh, kw) grid or a (C_in, C_out, kh, kw) bank (got shape {shape}); for one output channel use shape (C_in, 1, kh, kw)</source>
      <translation>der Kernel einer transponierten Faltung ist ein (kh, kw)-Raster oder eine (C_in, C_out, kh, kw)-Bank (erhalten: Form {shape}); für einen Ausgabekanal die Form (C_in, 1, kh, kw) verwenden</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>the image has {channels} channels but the kernel is a single grid; use a gray image or a ({channels}, C_out, kh, kw) kernel</source>
      <translation>das Bild hat {channels} Kanäle, aber der Kernel ist ein einzelnes Raster; ein Graustufenbild oder einen ({channels}, C_out, kh, kw)-Kernel verwenden</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>channel mismatch: the kernel is made for {kernel_channels} input channel(s) but the image has {channels}; a transposed kernel's first axis counts the input channels</source>
      <translation>Kanäle passen nicht zusammen: Der Kernel ist für {kernel_channels} Eingabekanal/-kanäle gemacht, das Bild hat aber {channels}; die erste Achse eines transponierten Kernels zählt die Eingabekanäle</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>the padding ({p}) cuts away the whole output: before cutting it is {before} cells tall; use less padding</source>
      <translation>das Padding ({p}) schneidet die ganze Ausgabe weg: Vor dem Abschneiden ist sie {before} Zellen hoch; weniger Padding verwenden</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>the padding ({p}) cuts away the whole output: before cutting it is {before} cells wide; use less padding</source>
      <translation>das Padding ({p}) schneidet die ganze Ausgabe weg: Vor dem Abschneiden ist sie {before} Zellen breit; weniger Padding verwenden</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>output channel</source>
      <translation>Ausgabekanal</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>a transposed convolution's padding is a number of cells cut from each side (got {padding!r}); "same" and "valid" belong to ordinary convolution</source>
      <translation>das Padding einer transponierten Faltung ist eine Zahl von Zellen, die auf jeder Seite abgeschnitten werden (erhalten: {padding!r}); "same" und "valid" gehören zur gewöhnlichen Faltung</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>{value} × kernel → output rows {rows}, columns {cols}</source>
      <translation>{value} × Kernel → Ausgabezeilen {rows}, Spalten {cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>kernel</source>
      <translation>Kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>the stamp steps follow one channel: give an (H, W) picture and a (kh, kw) kernel (got shapes {shape} and {kernel_shape})</source>
      <translation>die Stempel-Schritte folgen einem Kanal: ein (H, W)-Bild und einen (kh, kw)-Kernel übergeben (erhalten: Formen {shape} und {kernel_shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>input cell ({in_row}, {in_col}) is outside the {h}×{w} input</source>
      <translation>Eingabezelle ({in_row}, {in_col}) liegt außerhalb der {h}×{w}-Eingabe</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>{bias} (bias)</source>
      <translation>{bias} (Bias)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>no stamp reaches this cell</source>
      <translation>kein Stempel erreicht diese Zelle</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>{name} must be a whole number, not {value!r}</source>
      <translation>{name} muss eine ganze Zahl sein, nicht {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>{name} must be one number or a (vertical, horizontal) pair, not {value!r}</source>
      <translation>{name} muss eine Zahl oder ein Paar (senkrecht, waagerecht) sein, nicht {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>{name} must be 0 or more (got {number}); it cannot be negative</source>
      <translation>{name} muss 0 oder mehr sein (erhalten: {number}); es kann nicht negativ sein</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>{name} must be at least {minimum} (got {number})</source>
      <translation>{name} muss mindestens {minimum} sein (erhalten: {number})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>padding mode must be one of {choices} (got {mode!r})</source>
      <translation>der Padding-Modus muss einer von {choices} sein (erhalten: {mode!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>padding must be a number of cells (0 or more), "valid" or "same" (got {padding!r})</source>
      <translation>Padding muss eine Zahl von Zellen (0 oder mehr), "valid" oder "same" sein (erhalten: {padding!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the {what} must be a rectangular grid of numbers</source>
      <translation>{what} muss ein rechteckiges Zahlenraster sein</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the {what} must contain only numbers, but it holds text or other values</source>
      <translation>{what} darf nur Zahlen enthalten, enthält aber Text oder andere Werte</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>filter</source>
      <translation>Filter</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>bias needs one value per {unit} ({count}), got {size}</source>
      <translation>Bias braucht einen Wert pro {unit} ({count}), erhalten: {size}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the bias must be a finite number</source>
      <translation>der Bias muss eine endliche Zahl sein</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the kernel must be a (kh, kw) grid, a (C, kh, kw) stack or a (N, C, kh, kw) bank of filters (got {ndim} dimension(s))</source>
      <translation>der Kernel muss ein (kh, kw)-Raster, ein (C, kh, kw)-Stapel oder eine (N, C, kh, kw)-Filterbank sein (erhalten: {ndim} Dimension(en))</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the kernel is empty (shape {shape}); it needs at least one weight</source>
      <translation>der Kernel ist leer (Form {shape}); er braucht mindestens ein Gewicht</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the kernel contains NaN or infinity; every weight must be a finite number</source>
      <translation>der Kernel enthält NaN oder Unendlich; jedes Gewicht muss eine endliche Zahl sein</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the {what} must be (H, W) or (C, H, W) (got shape {shape})</source>
      <translation>{what} muss (H, W) oder (C, H, W) sein (erhalten: Form {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the {what} is empty (shape {shape})</source>
      <translation>{what} ist leer (Form {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>unknown {name} {value!r}; choose one of {choices}</source>
      <translation>{name} {value!r} ist unbekannt; eines wählen von: {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>{count} frames of {width}×{height} pixels need too much memory; choose a smaller cell size or fewer steps</source>
      <translation>{count} Bilder von {width}×{height} Pixeln brauchen zu viel Speicher; eine kleinere Zellgröße oder weniger Schritte wählen</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>unknown animation format {fmt!r}; choose "gif" or "apng"</source>
      <translation>unbekanntes Animationsformat {fmt!r}; "gif" oder "apng" wählen</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>fps must be a number from 0.1 to 50 (got {fps!r})</source>
      <translation>fps muss eine Zahl von 0.1 bis 50 sein (erhalten: {fps!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>hold_last_s must be 0 to 60 seconds (got {hold_last_s!r})</source>
      <translation>hold_last_s muss 0 bis 60 Sekunden sein (erhalten: {hold_last_s!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>{count} steps is too many for an animation (at most {MAX_FRAMES}); use a smaller matrix, a larger stride or a smaller picture</source>
      <translation>{count} Schritte sind zu viele für eine Animation (höchstens {MAX_FRAMES}); eine kleinere Matrix, eine größere Schrittweite oder ein kleineres Bild verwenden</translation>
    </message>
    <message>
      <location filename="../../convviz/export/files.py" />
      <source>the {what} must contain only numbers</source>
      <translation>{what} darf nur Zahlen enthalten</translation>
    </message>
    <message>
      <location filename="../../convviz/export/files.py" />
      <source>cannot save {name}: the folder {folder} does not exist</source>
      <translation>{name} kann nicht gespeichert werden: Der Ordner {folder} existiert nicht</translation>
    </message>
    <message>
      <location filename="../../convviz/export/files.py" />
      <source>cannot save into {folder}: {reason}</source>
      <translation>Speichern in {folder} nicht möglich: {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/files.py" />
      <source>cannot save {target}: {reason}</source>
      <translation>{target} kann nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>a map must be one non-empty 2-D grid (got shape {shape})</source>
      <translation>eine Karte muss ein einzelnes, nicht leeres 2-D-Raster sein (erhalten: Form {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>unknown colour map {colormap!r}; use "auto" or one of {choices}</source>
      <translation>unbekannte Farbtabelle {colormap!r}; "auto" oder eine von {choices} verwenden</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>levels must be two finite numbers with low &lt; high (got {levels!r})</source>
      <translation>levels müssen zwei endliche Zahlen mit low &lt; high sein (erhalten: {levels!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>scale must be a whole number of pixels per cell, at least 1 (got {scale!r})</source>
      <translation>scale muss eine ganze Zahl von Pixeln pro Zelle sein, mindestens 1 (erhalten: {scale!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>a {cols}×{rows} map at scale {scale} would be {width}×{height} pixels; choose a scale that keeps both sides at most {most}</source>
      <translation>eine {cols}×{rows}-Karte mit Maßstab {scale} hätte {width}×{height} Pixel; einen Maßstab wählen, der beide Seiten bei höchstens {most} hält</translation>
    </message>
    <message>
      <location filename="../../convviz/export/matrix_csv.py" />
      <source>matrix</source>
      <translation>Matrix</translation>
    </message>
    <message>
      <location filename="../../convviz/export/matrix_csv.py" />
      <source>CSV export takes a non-empty 1-D, 2-D or 3-D array (got shape {shape})</source>
      <translation>CSV-Export nimmt ein nicht leeres 1-D-, 2-D- oder 3-D-Array (erhalten: Form {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/matrix_csv.py" />
      <source>channel_names needs a 3-D array and one name per channel</source>
      <translation>channel_names braucht ein 3-D-Array und einen Namen pro Kanal</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>the picture is either embedded or read from its file, not {picture!r}</source>
      <translation>das Bild wird entweder eingebettet oder aus seiner Datei gelesen, nicht {picture!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>only the Convolution view's picture can be read from its file</source>
      <translation>nur das Bild der Faltungs-Ansicht kann aus seiner Datei gelesen werden</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>there is no Python export for a {kind}</source>
      <translation>für {kind} gibt es keinen Python-Export</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>{value} is not a finite number, so it cannot be written as code</source>
      <translation>{value} ist keine endliche Zahl und kann daher nicht als Code geschrieben werden</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>this picture did not come from a file, so it can only be embedded</source>
      <translation>dieses Bild stammt nicht aus einer Datei und kann daher nur eingebettet werden</translation>
    </message>
    <message>
      <location filename="../../convviz/export/scene.py" />
      <source>LeNet reads a 28×28 digit, not one of shape {shape}.</source>
      <translation>LeNet liest eine 28×28-Ziffer, keine der Form {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>export_steps_animation needs the steps of convviz.core.conv_steps or pool_steps</source>
      <translation>export_steps_animation braucht die Schritte von convviz.core.conv_steps oder pool_steps</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>cell_px must be a whole number from 16 to 200 (got {cell_px!r})</source>
      <translation>cell_px muss eine ganze Zahl von 16 bis 200 sein (erhalten: {cell_px!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>there are no steps to animate</source>
      <translation>es gibt keine Schritte zum Animieren</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>unknown colour scale {scale!r}; use one of {choices}</source>
      <translation>unbekannte Farbskala {scale!r}; eine verwenden von: {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>the padded input is {height}×{width} cells; an animation shows every number, so use a matrix of at most {most}×{most} (downscale the picture first)</source>
      <translation>die Eingabe mit Padding hat {height}×{width} Zellen; eine Animation zeigt jede Zahl, also eine Matrix von höchstens {most}×{most} verwenden (das Bild zuerst verkleinern)</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>channel {number}</source>
      <translation>Kanal {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>input (padded)</source>
      <translation>Eingabe (mit Padding)</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>output</source>
      <translation>Ausgabe</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>output {number}</source>
      <translation>Ausgabe {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>step {i} is out of range; there are {count} steps</source>
      <translation>Schritt {i} liegt außerhalb des Bereichs; es gibt {count} Schritte</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>Step {step} of {count}: output row {row}, column {column}</source>
      <translation>Schritt {step} von {count}: Ausgabe Zeile {row}, Spalte {column}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>a transposed-convolution lesson takes one (H, W) input and one (kh, kw) kernel</source>
      <translation>eine Lektion zur transponierten Faltung nimmt eine (H, W)-Eingabe und einen (kh, kw)-Kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>no input</source>
      <translation>keine Eingabe</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.input_shape is {expected} but the input is {actual}</source>
      <translation>expected.input_shape ist {expected}, aber die Eingabe ist {actual}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.output is given but the lesson computes nothing (no kernel, pooling or activation)</source>
      <translation>expected.output ist angegeben, aber die Lektion berechnet nichts (kein Kernel, kein Pooling, keine Aktivierung)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.output_size is {expected} but convviz computes {computed}</source>
      <translation>expected.output_size ist {expected}, aber convviz berechnet {computed}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.output is {expected} but convviz computes {computed}</source>
      <translation>expected.output ist {expected}, aber convviz berechnet {computed}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.output{where} is {expected:g} but convviz computes {computed:g}</source>
      <translation>expected.output{where} ist {expected:g}, aber convviz berechnet {computed:g}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>tables[{index}].total is {given:,} but the layers add up to {total:,}</source>
      <translation>tables[{index}].total ist {given:,}, aber die Schichten ergeben zusammen {total:,}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>In lesson file {source}, the field "{where}" {problem}.</source>
      <translation>In der Lektionsdatei {source}: Das Feld "{where}" {problem}.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>In lesson file {source}, the top level {problem}.</source>
      <translation>In der Lektionsdatei {source}: Die oberste Ebene {problem}.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be an object {{...}}, not {found}</source>
      <translation>muss ein Objekt {{...}} sein, nicht {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has an unknown key {unknown!r} (allowed keys: {choices}); check its spelling</source>
      <translation>hat einen unbekannten Schlüssel {unknown!r} (erlaubte Schlüssel: {choices}); die Schreibweise prüfen</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; every lesson needs it</source>
      <translation>fehlt; jede Lektion braucht es</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty text, not {found}</source>
      <translation>muss ein nicht leerer Text sein, nicht {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {count} characters long; keep it under {max_length}</source>
      <translation>ist {count} Zeichen lang; bitte unter {max_length} bleiben</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a whole number, not {found}</source>
      <translation>muss eine ganze Zahl sein, nicht {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be at least {minimum} (got {found})</source>
      <translation>muss mindestens {minimum} sein (erhalten: {found})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be at most {maximum:,}, the most the view shows (got {found})</source>
      <translation>darf höchstens {maximum:,} sein, das Höchste, was die Ansicht zeigt (erhalten: {found})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a number, not {found}</source>
      <translation>muss eine Zahl sein, nicht {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a finite number, not {value}</source>
      <translation>muss eine endliche Zahl sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be from {allowed}, as the view allows (got {value:g})</source>
      <translation>muss im Bereich {allowed} liegen, wie die Ansicht es erlaubt (erhalten: {value:g})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be true or false, not {found}</source>
      <translation>muss true oder false sein, nicht {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be one of {choices}, not {found}</source>
      <translation>muss eines von {choices} sein, nicht {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be one whole number or a [vertical, horizontal] pair, not {found}</source>
      <translation>muss eine ganze Zahl oder ein Paar [senkrecht, waagerecht] sein, nicht {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of rows, like [[1, 2], [3, 4]], not {found}</source>
      <translation>muss eine nicht leere Liste von Zeilen sein, wie [[1, 2], [3, 4]], nicht {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has {cells:,} cells; inline matrices hold at most {most}</source>
      <translation>hat {cells:,} Zellen; eingebettete Matrizen haben höchstens {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>row {row} must be a non-empty list of numbers, not {found}</source>
      <translation>muss in Zeile {row} eine nicht leere Liste von Zahlen sein, nicht {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is ragged: row {row} has {count} numbers but row 1 has {first_count}; every row needs the same length</source>
      <translation>ist ungleichmäßig: Zeile {row} hat {count} Zahlen, Zeile 1 aber {first_count}; jede Zeile braucht dieselbe Länge</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of grids (one per channel), not {found}</source>
      <translation>muss eine nicht leere Liste von Rastern sein (eines pro Kanal), nicht {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must hold exactly {count} grids (red, green, blue), not {found}</source>
      <translation>muss genau {count} Raster enthalten (Rot, Grün, Blau), nicht {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has channels of different sizes: channel {number} is {size} but channel 1 is {first_size}</source>
      <translation>hat Kanäle verschiedener Größe: Kanal {number} ist {size}, Kanal 1 aber {first_size}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>the text {text!r}</source>
      <translation>der Text {text!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>the number {number}</source>
      <translation>die Zahl {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>a list of {count} item(s)</source>
      <translation>eine Liste mit {count} Element(en)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>an object</source>
      <translation>ein Objekt</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>needs exactly one of "matrix", "rgb", "channels" or "sample" (found {found})</source>
      <translation>braucht genau eines von "matrix", "rgb", "channels" oder "sample" (gefunden: {found})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>needs exactly one of "matrix", "rgb", "channels" or "sample"</source>
      <translation>braucht genau eines von "matrix", "rgb", "channels" oder "sample"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a [low, high] pair of numbers</source>
      <translation>muss ein Zahlenpaar [low, high] sein</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must have low &lt; high (got {low} and {high})</source>
      <translation>muss low &lt; high erfüllen (erhalten: {low} und {high})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to a "sample" input</source>
      <translation>gilt nur für eine Eingabe vom Typ "sample"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a file name from resources/samples, not a path ({name!r})</source>
      <translation>muss ein Dateiname aus resources/samples sein, kein Pfad ({name!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>names {name!r}, which is not a shipped sample; choose one of {choices}</source>
      <translation>nennt {name!r}, das kein mitgeliefertes Beispiel ist; eines wählen von: {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>needs exactly one of "matrix", "channels" or "preset" (found {found})</source>
      <translation>braucht genau eines von "matrix", "channels" oder "preset" (gefunden: {found})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>needs exactly one of "matrix", "channels" or "preset"</source>
      <translation>braucht genau eines von "matrix", "channels" oder "preset"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must not be 0 (the weights are divided by it)</source>
      <translation>darf nicht 0 sein (die Gewichte werden dadurch geteilt)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>gives both "scale" and "divisor"; write the factor once, e.g. "scale": "1/9"</source>
      <translation>gibt sowohl "scale" als auch "divisor" an; den Faktor nur einmal schreiben, z. B. "scale": "1/9"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a factor such as "1/9" or 0.5</source>
      <translation>muss ein Faktor wie "1/9" oder 0.5 sein</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>names an unknown preset {name!r}; choose one of {choices}</source>
      <translation>nennt eine unbekannte Vorlage {name!r}; eine wählen von: {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {rows}×{cols}; a kernel has {allowed} cells a side, as the kernel editor</source>
      <translation>ist {rows}×{cols}; ein Kernel hat {allowed} Zellen pro Seite, wie im Kernel-Editor</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to a convolution, but settings.mode is {mode!r}</source>
      <translation>gilt nur für eine Faltung, aber settings.mode ist {mode!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to pooling (settings.mode "max" or "avg")</source>
      <translation>gilt nur für Pooling (settings.mode "max" oder "avg")</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>does not apply to a transposed convolution (a stamp is never turned)</source>
      <translation>gilt nicht für eine transponierte Faltung (ein Stempel wird nie gespiegelt)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>of a transposed convolution is a number of cells cut from each side</source>
      <translation>einer transponierten Faltung ist eine Zahl von Zellen, die auf jeder Seite abgeschnitten werden</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to a transposed convolution (settings.mode "transposed")</source>
      <translation>gilt nur für eine transponierte Faltung (settings.mode "transposed")</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to the {owner!r} activation</source>
      <translation>gilt nur für die Aktivierung {owner!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a [height, width] pair</source>
      <translation>muss ein Paar [height, width] sein</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>says {size} but expected.output is {expected}</source>
      <translation>sagt {size}, aber expected.output ist {expected}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a list of whole numbers, like [3, 6, 6]</source>
      <translation>muss eine Liste ganzer Zahlen sein, wie [3, 6, 6]</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; a {kind!r} layer needs it</source>
      <translation>fehlt; eine Schicht vom Typ {kind!r} braucht es</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>does not apply to a {kind!r} layer</source>
      <translation>gilt nicht für eine Schicht vom Typ {kind!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>does not go with "network": the named network brings its own</source>
      <translation>passt nicht zu "network": Das genannte Netz bringt sein eigenes mit</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>names an unknown network {name!r}; choose one of {choices}</source>
      <translation>nennt ein unbekanntes Netz {name!r}; eines wählen von: {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; a table needs "input_shape" and "layers" (or a "network" name)</source>
      <translation>fehlt; eine Tabelle braucht "input_shape" und "layers" (oder einen "network"-Namen)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be [channels, height, width] or [features]</source>
      <translation>muss [channels, height, width] oder [features] sein</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of layers</source>
      <translation>muss eine nicht leere Liste von Schichten sein</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>holds {count:,} layers; a table shows at most {most}</source>
      <translation>enthält {count:,} Schichten; eine Tabelle zeigt höchstens {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>names {source!r}, which is not an earlier layer of this table</source>
      <translation>nennt {source!r}, das keine frühere Schicht dieser Tabelle ist</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of {"cell": [row, col], "printed": number}</source>
      <translation>muss eine nicht leere Liste von {"cell": [row, col], "printed": number} sein</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be [row, col] or [map, row, col] (counting from 0)</source>
      <translation>muss [row, col] oder [map, row, col] sein (ab 0 gezählt)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of layer names ({names})</source>
      <translation>muss eine nicht leere Liste von Schichtnamen sein ({names})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be the whole number {schema}, not {found}</source>
      <translation>muss die ganze Zahl {schema} sein, nicht {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {version}, newer than this convviz understands ({schema}); update convviz to open it</source>
      <translation>ist {version}, neuer als das, was dieses convviz versteht ({schema}); convviz aktualisieren, um sie zu öffnen</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {version}; this convviz reads lesson schema {schema}</source>
      <translation>ist {version}; dieses convviz liest das Lektionsschema {schema}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be lower-case words joined by hyphens, like "stride-2" (got {lesson_id!r})</source>
      <translation>muss aus kleingeschriebenen Wörtern mit Bindestrichen bestehen, wie "stride-2" (erhalten: {lesson_id!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a list of kernels, not {found}</source>
      <translation>muss eine Liste von Kerneln sein, nicht {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>holds {count:,} kernels; a lesson offers at most {most}</source>
      <translation>enthält {count:,} Kernel; eine Lektion bietet höchstens {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a list of parameter tables, not {found}</source>
      <translation>muss eine Liste von Parametertabellen sein, nicht {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>holds {count:,} tables; a lesson shows at most {most}</source>
      <translation>enthält {count:,} Tabellen; eine Lektion zeigt höchstens {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be an object of languages, like {{"de": {{...}}}}, not {found}</source>
      <translation>muss ein Objekt mit Sprachen sein, wie {{"de": {{...}}}}, nicht {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>holds {count:,} languages; a lesson carries at most {most}</source>
      <translation>enthält {count:,} Sprachen; eine Lektion hat höchstens {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has the language {language!r}; write a code like "de" or "zh_CN"</source>
      <translation>hat die Sprache {language!r}; einen Code wie "de" oder "zh_CN" schreiben</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a list of {count} texts, one for each {what}</source>
      <translation>muss eine Liste von {count} Texten sein, einer pro {what}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; a lesson for the {view!r} view needs an input</source>
      <translation>fehlt; eine Lektion für die Ansicht {view!r} braucht eine Eingabe</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {groups}; a lesson's groups are 1 (every filter sees all channels) or the input's {channels} channel(s) (depthwise: one map per channel)</source>
      <translation>ist {groups}; die Gruppen einer Lektion sind 1 (jeder Filter sieht alle Kanäle) oder die {channels} Kanal/Kanäle der Eingabe (tiefenweise: eine Karte pro Kanal)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>of a depthwise lesson is one kernel with one slice per channel (each channel's filter)</source>
      <translation>einer tiefenweisen Lektion ist ein Kernel mit einer Scheibe pro Kanal (dem Filter jedes Kanals)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is empty; a convolution in the {view!r} view needs at least one kernel</source>
      <translation>ist leer; eine Faltung in der Ansicht {view!r} braucht mindestens einen Kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be empty for pooling (settings.mode {mode!r}): pooling has no weights</source>
      <translation>muss für Pooling leer sein (settings.mode {mode!r}): Pooling hat keine Gewichte</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has {depth} channel(s) but the input has {channels}; give one grid per input channel with "channels"</source>
      <translation>hat {depth} Kanal/Kanäle, die Eingabe aber {channels}; mit "channels" ein Raster pro Eingabekanal angeben</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has {depth} channel(s) but the input has 1; use "matrix"</source>
      <translation>hat {depth} Kanal/Kanäle, die Eingabe aber 1; "matrix" verwenden</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>have different sizes ({choices}); a bank of filters needs one size</source>
      <translation>hat verschiedene Größen ({choices}); eine Filterbank braucht eine einzige Größe</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>points into expected.output, which is missing</source>
      <translation>verweist auf expected.output, das fehlt</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>{cell} is outside the {size} output</source>
      <translation>{cell} liegt außerhalb der {size}-Ausgabe</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; slide_cells need a sentence saying what the slide printed</source>
      <translation>fehlt; slide_cells brauchen einen Satz, der sagt, was die Folie nannte</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>opens the training panel, which belongs to the LeNet view ("view": "lenet")</source>
      <translation>öffnet das Trainingsfeld, das zur LeNet-Ansicht gehört ("view": "lenet")</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is for a grey convolution in the Steps view ("view": "steps")</source>
      <translation>ist für eine Graustufen-Faltung in der Schritte-Ansicht ("view": "steps")</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {rows}×{cols}; the Steps view takes kernels of {allowed} cells a side</source>
      <translation>ist {rows}×{cols}; die Schritte-Ansicht nimmt Kernel mit {allowed} Zellen pro Seite</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {number}; the Steps view takes {allowed}</source>
      <translation>ist {number}; die Schritte-Ansicht nimmt {allowed}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {rows}×{cols}; the Steps view shows at most {most}×{most}</source>
      <translation>ist {rows}×{cols}; die Schritte-Ansicht zeigt höchstens {most}×{most}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {size}; the Steps view takes kernels of {allowed} cells a side</source>
      <translation>ist {size}; die Schritte-Ansicht nimmt Kernel mit {allowed} Zellen pro Seite</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>cannot be worked out ({error})</source>
      <translation>lässt sich nicht berechnen ({error})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>{padding!r} adds {cells} cells; the Steps view takes {allowed}</source>
      <translation>{padding!r} fügt {cells} Zellen hinzu; die Schritte-Ansicht nimmt {allowed}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>a lesson file</source>
      <translation>eine Lektionsdatei</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {path} does not exist.</source>
      <translation>Die Lektionsdatei {path} existiert nicht.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {path} cannot be read ({reason}).</source>
      <translation>Die Lektionsdatei {path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {source} is not UTF-8 text; save it as UTF-8 JSON.</source>
      <translation>Die Lektionsdatei {source} ist kein UTF-8-Text; sie als UTF-8-JSON speichern.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {source} is not valid JSON: {msg} at line {lineno}, column {colno}.</source>
      <translation>Die Lektionsdatei {source} ist kein gültiges JSON: {msg} in Zeile {lineno}, Spalte {colno}.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {source} cannot be used: {error}.</source>
      <translation>Die Lektionsdatei {source} kann nicht verwendet werden: {error}.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>In lesson file {source}, {problem}; correct the file (the app always shows true values).</source>
      <translation>In der Lektionsdatei {source}: {problem}; die Datei korrigieren (die App zeigt immer die wahren Werte).</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>Lesson files {first!r} and {name!r} share the id {id!r}.</source>
      <translation>Die Lektionsdateien {first!r} und {name!r} haben dieselbe id {id!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>Lesson files {first!r} and {name!r} share the number {number}.</source>
      <translation>Die Lektionsdateien {first!r} und {name!r} haben dieselbe Nummer {number}.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>There is no lesson {lesson_id!r}; the lessons are {choices}.</source>
      <translation>Es gibt keine Lektion {lesson_id!r}; die Lektionen sind {choices}.</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>"{field}" must be a whole number from {range}, not {value}</source>
      <translation>"{field}" muss eine ganze Zahl von {range} sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>"{field}" must be a number from {range}, not {value}</source>
      <translation>"{field}" muss eine Zahl von {range} sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>"{field}" must be from {range}, not {value}</source>
      <translation>"{field}" muss im Bereich {range} liegen, nicht {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>{low} to {high}</source>
      <translation>{low} bis {high}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>a whole number of about {digits:,} digits</source>
      <translation>eine ganze Zahl mit etwa {digits:,} Stellen</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>the text {text}</source>
      <translation>der Text {text}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>a list of {count:,} item(s)</source>
      <translation>eine Liste mit {count:,} Element(en)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>LeNet-5 of 1998 (LeCun et al.: 1×32×32 input, tanh, subsampling, RBF outputs)</source>
      <translation>LeNet-5 von 1998 (LeCun et al.: Eingabe 1×32×32, tanh, Subsampling, RBF-Ausgaben)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>AlexNet (torchvision's version, 3×224×224 input)</source>
      <translation>AlexNet (Version von torchvision, Eingabe 3×224×224)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>VGG-16 (3×224×224 input)</source>
      <translation>VGG-16 (Eingabe 3×224×224)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>ResNet-50 (3×224×224 input)</source>
      <translation>ResNet-50 (Eingabe 3×224×224)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>unknown network {name!r}; choose one of {names}</source>
      <translation>unbekanntes Netz {name!r}; eines wählen von: {names}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>there is no file at {path}.</source>
      <translation>unter {path} gibt es keine Datei.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{path} cannot be read ({reason}).</source>
      <translation>{path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is empty.</source>
      <translation>{name} ist leer.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is {size}, more than the {limit} convviz reads for a small network.</source>
      <translation>{name} ist {size} groß, mehr als die {limit}, die convviz für ein kleines Netz liest.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} grew past {limit} while it was read.</source>
      <translation>{name} ist beim Lesen über {limit} hinausgewachsen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{path} is a folder, not a model file.</source>
      <translation>{path} ist ein Ordner, keine Modelldatei.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>a named pipe</source>
      <translation>eine benannte Pipe</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>a device or socket</source>
      <translation>ein Gerät oder Socket</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{path} is {what}, not a regular file; convviz only opens model files.</source>
      <translation>{path} ist {what}, keine gewöhnliche Datei; convviz öffnet nur Modelldateien.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is not a PyTorch model file (a damaged zip archive: {error}).</source>
      <translation>{name} ist keine PyTorch-Modelldatei (ein beschädigtes ZIP-Archiv: {error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} holds {count} files inside it; a model file of a small network holds far fewer.</source>
      <translation>{name} enthält {count} Dateien; die Modelldatei eines kleinen Netzes enthält weit weniger.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} looks like TorchScript but cannot be opened (its data.pkl is missing).</source>
      <translation>{name} sieht aus wie TorchScript, lässt sich aber nicht öffnen (die data.pkl fehlt).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is not a PyTorch model file (a zip archive without data.pkl).</source>
      <translation>{name} ist keine PyTorch-Modelldatei (ein ZIP-Archiv ohne data.pkl).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} holds {size} of TorchScript code, more than the {limit} a small network needs.</source>
      <translation>{name} enthält {size} TorchScript-Code, mehr als die {limit}, die ein kleines Netz braucht.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} defines __setstate__, code that TorchScript would run while the file is opened; convviz does not open such models.</source>
      <translation>{name} definiert __setstate__, Code, den TorchScript beim Öffnen der Datei ausführen würde; convviz öffnet solche Modelle nicht.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: a tensor declares {size} but its data is missing.</source>
      <translation>{name} ist beschädigt: Ein Tensor gibt {size} an, aber seine Daten fehlen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: a tensor declares {size} but its data holds {stored}.</source>
      <translation>{name} ist beschädigt: Ein Tensor gibt {size} an, aber seine Daten umfassen {stored}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} declares {size} of weights, more than the {limit} convviz opens for a small network; it was refused before anything was unpacked.</source>
      <translation>{name} gibt {size} an Gewichten an, mehr als die {limit}, die convviz für ein kleines Netz öffnet; die Datei wurde abgelehnt, bevor etwas entpackt wurde.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} holds a {size} {member}, more than the {limit} a small network's file needs; it was refused before it was read.</source>
      <translation>{name} enthält {member} mit {size}, mehr als die {limit}, die die Datei eines kleinen Netzes braucht; die Datei wurde abgelehnt, bevor sie gelesen wurde.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged ({member}: {error}).</source>
      <translation>{name} ist beschädigt ({member}: {error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: {member} is longer than it says.</source>
      <translation>{name} ist beschädigt: {member} ist länger, als angegeben.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: its {member} cannot be read ({error}).</source>
      <translation>{name} ist beschädigt: {member} kann nicht gelesen werden ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} refers to data in a way PyTorch files do not ({member}).</source>
      <translation>{name} verweist auf eine Weise auf Daten, wie es PyTorch-Dateien nicht tun ({member}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} stores tensors of a kind convviz does not read ({kind}).</source>
      <translation>{name} speichert Tensoren einer Art, die convviz nicht liest ({kind}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: a tensor's size in {member} is not a count.</source>
      <translation>{name} ist beschädigt: Eine Tensorgröße in {member} ist keine Anzahl.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} holds Python objects or code ({names}), not just weights; convviz never runs code from a file.</source>
      <translation>{name} enthält Python-Objekte oder Code ({names}), nicht nur Gewichte; convviz führt nie Code aus einer Datei aus.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} was saved in the format of PyTorch before 1.6, which convviz does not read; load it and torch.save it again with a newer PyTorch.</source>
      <translation>{name} wurde im Format von PyTorch vor 1.6 gespeichert, das convviz nicht liest; die Datei laden und mit einem neueren PyTorch erneut per torch.save speichern.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is not a PyTorch model file.</source>
      <translation>{name} ist keine PyTorch-Modelldatei.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>Class digits (*.classdigits);;All files (*)</source>
      <translation>Klassenziffern (*.classdigits);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>class digits are 28×28 grey pictures (uint8), not {shape} {dtype}.</source>
      <translation>Klassenziffern sind graue 28×28-Bilder (uint8), nicht {shape} {dtype}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>there are {images} class digits but {labels} labels; they must match.</source>
      <translation>es gibt {images} Klassenziffern, aber {labels} Beschriftungen; sie müssen übereinstimmen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>the labels of class digits must be whole numbers from 0 to 9.</source>
      <translation>die Beschriftungen der Klassenziffern müssen ganze Zahlen von 0 bis 9 sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>a collection holds at most {limit} class digits, not {count}.</source>
      <translation>eine Sammlung fasst höchstens {limit} Klassenziffern, nicht {count}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>a class digit is a 28×28 uint8 picture, not {shape} {dtype}.</source>
      <translation>eine Klassenziffer ist ein 28×28-Bild in uint8, nicht {shape} {dtype}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>there is no class digit number {index}.</source>
      <translation>es gibt keine Klassenziffer Nummer {index}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>together these files hold {count} different digits; a collection holds at most {limit}.</source>
      <translation>zusammen enthalten diese Dateien {count} verschiedene Ziffern; eine Sammlung fasst höchstens {limit}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>the held-out share must be above 0 and below 1, not {value}.</source>
      <translation>der zurückgehaltene Anteil muss über 0 und unter 1 liegen, nicht {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>a class digits file</source>
      <translation>eine Klassenziffern-Datei</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>{name}: {reason}</source>
      <translation>{name}: {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it is larger than a class digits file can be ({limit} MB).</source>
      <translation>sie ist größer, als eine Klassenziffern-Datei sein kann ({limit} MB).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it is not a class digits file (not text).</source>
      <translation>sie ist keine Klassenziffern-Datei (kein Text).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it is not a class digits file (broken JSON at line {line}, column {column}).</source>
      <translation>sie ist keine Klassenziffern-Datei (fehlerhaftes JSON in Zeile {line}, Spalte {column}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it is not a class digits file (it does not say "{format}").</source>
      <translation>sie ist keine Klassenziffern-Datei (sie sagt nicht "{format}").</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its version is {value}, not a version number.</source>
      <translation>ihre Version ist {value}, keine Versionsnummer.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it was saved by a newer convviz (format version {version}); this one reads version {known}. Update convviz to open it.</source>
      <translation>sie wurde von einem neueren convviz gespeichert (Formatversion {version}); dieses liest Version {known}. Aktualisieren Sie convviz, um sie zu öffnen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its "count" must be a whole number from 0 to {limit}, not {value}.</source>
      <translation>ihr "count" muss eine ganze Zahl von 0 bis {limit} sein, nicht {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its "labels" must be a list of {count} digits.</source>
      <translation>ihre "labels" müssen eine Liste von {count} Ziffern sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>label number {position} is {value}, not a digit from 0 to 9.</source>
      <translation>Beschriftung Nummer {position} ist {value}, keine Ziffer von 0 bis 9.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it holds no "images" array.</source>
      <translation>sie enthält kein "images"-Array.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its images are {shape} {dtype}; {count} digits need {count}×28×28 uint8.</source>
      <translation>ihre Bilder sind {shape} {dtype}; {count} Ziffern brauchen {count}×28×28 uint8.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its images</source>
      <translation>ihre Bilder</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>the learning rate must be above 0 and at most 1.</source>
      <translation>die Lernrate muss über 0 und höchstens 1 sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>the batch size must be at least 1.</source>
      <translation>die Batchgröße muss mindestens 1 sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>the layers to fine-tune are among {names}, not {given}.</source>
      <translation>die nachzutrainierenden Schichten sind aus {names}, nicht {given}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>none</source>
      <translation>keine</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>the held-out share must be above 0 and below 1.</source>
      <translation>der zurückgehaltene Anteil muss über 0 und unter 1 liegen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>fine-tuning needs digits to learn from and digits kept aside to measure on: draw at least two of a digit (the collection holds {count}).</source>
      <translation>Nachtrainieren braucht Ziffern zum Lernen und zurückgehaltene Ziffern zum Messen: Zeichnen Sie mindestens zwei von einer Ziffer (die Sammlung enthält {count}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>the {name} class must be between 0 and {last}, got {value}.</source>
      <translation>die Klasse „{name}“ muss zwischen 0 und {last} liegen, erhalten: {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>the batch size must be at least 1, got {batch_size}.</source>
      <translation>die Batchgröße muss mindestens 1 sein, erhalten: {batch_size}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>labels must be a flat list of whole class numbers.</source>
      <translation>Labels müssen eine flache Liste ganzer Klassennummern sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>there are {images} pictures but {labels} labels; they must match.</source>
      <translation>es gibt {images} Bilder, aber {labels} Labels; sie müssen übereinstimmen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>labels must be between 0 and {last}.</source>
      <translation>Labels müssen zwischen 0 und {last} liegen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>the model must return {classes} class scores per picture.</source>
      <translation>das Modell muss {classes} Klassenwerte pro Bild zurückgeben.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>convviz opens LeNet weights (a state_dict saved with torch.save) or a TorchScript model (torch.jit.save)</source>
      <translation>convviz öffnet LeNet-Gewichte (ein mit torch.save gespeichertes state_dict) oder ein TorchScript-Modell (torch.jit.save)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{error} {accepted}.</source>
      <translation>{error} {accepted}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} holds Python objects or code ({names}), not just weights; convviz never runs code from a file. {accepted}.</source>
      <translation>{name} enthält Python-Objekte oder Code ({names}), nicht nur Gewichte; convviz führt nie Code aus einer Datei aus. {accepted}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} holds Python objects or code, not just weights; convviz never runs code from a file. {accepted}.</source>
      <translation>{name} enthält Python-Objekte oder Code, nicht nur Gewichte; convviz führt nie Code aus einer Datei aus. {accepted}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} is not a PyTorch model file ({error}). {accepted}.</source>
      <translation>{name} ist keine PyTorch-Modelldatei ({error}). {accepted}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>a 1×28×28 picture</source>
      <translation>ein 1×28×28-Bild</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>a batch of two 1×28×28 pictures (it works on one)</source>
      <translation>einen Batch aus zwei 1×28×28-Bildern (es funktioniert mit einem)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} does not accept {which}: {error}.</source>
      <translation>{name} nimmt {which} nicht an: {error}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} returns {kind}, not a tensor of 10 class scores.</source>
      <translation>{name} gibt {kind} zurück, keinen Tensor mit 10 Klassenwerten.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} returns shape {shape} for {count} picture(s); convviz needs 10 class scores per picture, shape ({count}, 10).</source>
      <translation>{name} gibt für {count} Bild(er) die Form {shape} zurück; convviz braucht 10 Klassenwerte pro Bild, Form ({count}, 10).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} returns NaN or infinite scores for a blank picture.</source>
      <translation>{name} gibt für ein leeres Bild NaN oder unendliche Werte zurück.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>convviz shows the layers of models built as nn.Sequential, or whose forward calls their child modules one after another (a flatten before the first Linear is allowed)</source>
      <translation>convviz zeigt die Schichten von Modellen, die als nn.Sequential gebaut sind oder deren forward ihre Kindmodule nacheinander aufruft (ein Flatten vor dem ersten Linear ist erlaubt)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>expected a torch model, got {kind}.</source>
      <translation>erwartet wurde ein torch-Modell, erhalten: {kind}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>expected one picture, got a batch of {count}.</source>
      <translation>erwartet wurde ein Bild, erhalten: ein Batch von {count}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>this model has no convolution layer (Conv2d), so there is nothing to show.</source>
      <translation>dieses Modell hat keine Faltungsschicht (Conv2d), also gibt es nichts zu zeigen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>this model shows no layers inside it; {supported}.</source>
      <translation>dieses Modell zeigt keine Schichten in seinem Inneren; {supported}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>running this model's layers one after another fails ({error}); {supported}.</source>
      <translation>die Schichten dieses Modells nacheinander auszuführen schlägt fehl ({error}); {supported}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>this model's forward does more than run its layers in order (for example a functional ReLU or a skip connection); {supported}.</source>
      <translation>das forward dieses Modells tut mehr, als seine Schichten der Reihe nach auszuführen (zum Beispiel ein funktionales ReLU oder eine Skip-Verbindung); {supported}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the model must return one row of class scores per picture.</source>
      <translation>das Modell muss pro Bild eine Zeile Klassenwerte zurückgeben.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the class to explain must be a whole number, got {target!r}.</source>
      <translation>die zu erklärende Klasse muss eine ganze Zahl sein, erhalten: {target!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the class to explain must be between 0 and {last}, got {target}.</source>
      <translation>die zu erklärende Klasse muss zwischen 0 und {last} liegen, erhalten: {target}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the number of SmoothGrad samples cannot be negative.</source>
      <translation>die Zahl der SmoothGrad-Stichproben kann nicht negativ sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the SmoothGrad noise level cannot be negative.</source>
      <translation>die SmoothGrad-Rauschstärke kann nicht negativ sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the layer {layer!r} is not one of this model's layers: {names}.</source>
      <translation>die Schicht {layer!r} ist keine der Schichten dieses Modells: {names}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>this model has no layer called {layer!r}.</source>
      <translation>dieses Modell hat keine Schicht namens {layer!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the layer {layer!r} ran {count} times in one forward pass; Grad-CAM needs once.</source>
      <translation>die Schicht {layer!r} lief in einem Vorwärtsdurchlauf {count}-mal; Grad-CAM braucht genau einmal.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>Grad-CAM looks at a convolution layer; {layer!r} is a {kind}.</source>
      <translation>Grad-CAM betrachtet eine Faltungsschicht; {layer!r} ist vom Typ {kind}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the layer {layer!r} does not output feature maps.</source>
      <translation>die Schicht {layer!r} gibt keine Merkmalskarten aus.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the occlusion patch must be 1 to {largest} pixels wide, got {patch}.</source>
      <translation>das Verdeckungsfeld muss 1 bis {largest} Pixel breit sein, erhalten: {patch}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the occlusion stride must be at least 1, got {stride}.</source>
      <translation>die Verdeckungs-Schrittweite muss mindestens 1 sein, erhalten: {stride}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the occlusion stride ({stride}) must not exceed the patch ({patch}), or some pixels would never be hidden.</source>
      <translation>die Verdeckungs-Schrittweite ({stride}) darf das Feld ({patch}) nicht übersteigen, sonst würden manche Pixel nie verdeckt.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the occlusion fill value must be a finite number.</source>
      <translation>der Füllwert der Verdeckung muss eine endliche Zahl sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>LeNet reads 28×28 pictures, shaped (28, 28) or (N, 28, 28), not {shape}.</source>
      <translation>LeNet liest 28×28-Bilder in der Form (28, 28) oder (N, 28, 28), nicht {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>the pictures contain NaN or infinite values.</source>
      <translation>die Bilder enthalten NaN oder unendliche Werte.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>float pictures must lie in [0, 1] (white digit on black); divide 0–255 pictures by 255.</source>
      <translation>Gleitkomma-Bilder müssen in [0, 1] liegen (weiße Ziffer auf Schwarz); Bilder mit 0–255 durch 255 teilen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>pictures must be uint8 or float, not {dtype}.</source>
      <translation>Bilder müssen uint8 oder float sein, nicht {dtype}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>activations shows one picture at a time, not {count}.</source>
      <translation>activations zeigt jeweils ein Bild, nicht {count}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>cannot read the IDX file {path}: {reason}.</source>
      <translation>die IDX-Datei {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} looks gzipped but is damaged ({error}).</source>
      <translation>{name} sieht nach gzip aus, ist aber beschädigt ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} is too short to be an IDX file ({count} bytes).</source>
      <translation>{name} ist zu kurz für eine IDX-Datei ({count} Bytes).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} is not an MNIST IDX file: its magic number is {magic}, expected {images_magic} (images) or {labels_magic} (labels).</source>
      <translation>{name} ist keine MNIST-IDX-Datei: Ihre magische Zahl ist {magic}, erwartet {images_magic} (Bilder) oder {labels_magic} (Labels).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} ends inside its header.</source>
      <translation>{name} endet mitten im Header.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} declares images of {height}×{width} pixels.</source>
      <translation>{name} gibt Bilder mit {height}×{width} Pixeln an.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} declares {dims} = {expected} values but holds {actual}: the file is truncated or damaged.</source>
      <translation>{name} gibt {dims} = {expected} Werte an, enthält aber {actual}: Die Datei ist abgeschnitten oder beschädigt.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} holds labels, not images.</source>
      <translation>{name} enthält Labels, keine Bilder.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} holds images, not labels.</source>
      <translation>{name} enthält Bilder, keine Labels.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{images} images but {labels} labels: the files do not belong together.</source>
      <translation>{images} Bilder, aber {labels} Labels: Die Dateien gehören nicht zusammen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} holds label {label}; digits go from 0 to 9.</source>
      <translation>{name} enthält das Label {label}; Ziffern gehen von 0 bis 9.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>unknown MNIST split {split!r}; choose one of {names}.</source>
      <translation>unbekannter MNIST-Teil {split!r}; einen wählen von: {names}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>LeNet-5 in the course deck (3×32×32 input)</source>
      <translation>LeNet-5 in den Kursfolien (Eingabe 3×32×32)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>LeNet-5, modern form (ReLU, max pooling), for MNIST (1×28×28 input)</source>
      <translation>LeNet-5, moderne Form (ReLU, Max-Pooling), für MNIST (Eingabe 1×28×28)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>parameter_table understands LeNet models and NetworkSpec descriptions only.</source>
      <translation>parameter_table versteht nur LeNet-Modelle und NetworkSpec-Beschreibungen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{model}: LeNet-5 in its modern form, ReLU and max pooling ({shape} input)</source>
      <translation>{model}: LeNet-5 in moderner Form, ReLU und Max-Pooling (Eingabe {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name} needs a channels×height×width input, not {shape}.</source>
      <translation>{name} braucht eine Eingabe Kanäle×Höhe×Breite, nicht {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: the window size must be at least 1.</source>
      <translation>{name}: Die Fenstergröße muss mindestens 1 sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: the stride must be at least 1.</source>
      <translation>{name}: Die Schrittweite muss mindestens 1 sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: a {kernel}×{kernel} window does not fit in a {height}×{width} input with padding {padding}.</source>
      <translation>{name}: Ein {kernel}×{kernel}-Fenster passt nicht in eine {height}×{width}-Eingabe mit Padding {padding}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: the connection table lists {count} filters but the layer has {size}.</source>
      <translation>{name}: Die Verbindungstabelle nennt {count} Filter, aber die Schicht hat {size}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: every filter must read distinct input maps numbered 0 to {last}, not {inputs}.</source>
      <translation>{name}: Jeder Filter muss verschiedene Eingabekarten mit den Nummern 0 bis {last} lesen, nicht {inputs}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name} reads from {source!r}, which is not an earlier layer.</source>
      <translation>{name} liest aus {source!r}, das keine frühere Schicht ist.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: a residual sum needs equal shapes, not {shape} and {other} (from {source}).</source>
      <translation>{name}: Eine Residualsumme braucht gleiche Formen, nicht {shape} und {other} (aus {source}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: a residual sum needs a source layer to add.</source>
      <translation>{name}: Eine Residualsumme braucht eine Quellschicht zum Addieren.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>unknown layer kind {kind!r} in {name}.</source>
      <translation>unbekannte Schichtart {kind!r} in {name}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>every input dimension must be at least 1, not {shape}.</source>
      <translation>jede Eingabedimension muss mindestens 1 sein, nicht {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>two layers are called {name!r}; a network with shortcuts needs unique names.</source>
      <translation>zwei Schichten heißen {name!r}; ein Netz mit Abkürzungsverbindungen braucht eindeutige Namen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/preprocess.py" />
      <source>draw a digit first: the picture is blank (nothing stands out from the background).</source>
      <translation>zuerst eine Ziffer zeichnen: Das Bild ist leer (nichts hebt sich vom Hintergrund ab).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/preprocess.py" />
      <source>the picture must hold numbers, not {dtype}.</source>
      <translation>das Bild muss Zahlen enthalten, nicht {dtype}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/preprocess.py" />
      <source>the picture must be a 2-D grey image (height × width), not shape {shape}.</source>
      <translation>das Bild muss ein 2-D-Graustufenbild sein (Höhe × Breite), nicht Form {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/preprocess.py" />
      <source>the picture contains NaN or infinite values.</source>
      <translation>das Bild enthält NaN oder unendliche Werte.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>the sandbox's time limits must be positive numbers of seconds.</source>
      <translation>die Zeitgrenzen der Sandbox müssen positive Sekundenzahlen sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>the sandbox's memory limit must be a whole number of at least 16 MiB.</source>
      <translation>die Speichergrenze der Sandbox muss eine ganze Zahl von mindestens 16 MiB sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>open</source>
      <translation>zum Öffnen</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>answer</source>
      <translation>zum Antworten</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>compute its layers</source>
      <translation>zum Berechnen seiner Schichten</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>look into its units</source>
      <translation>zum Untersuchen seiner Einheiten</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>explain its answer</source>
      <translation>zum Erklären seiner Antwort</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>the model</source>
      <translation>das Modell</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>convviz could not start the sandbox it runs own models in ({error}).</source>
      <translation>convviz konnte die Sandbox, in der es eigene Modelle ausführt, nicht starten ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>The sandbox for own models did not start as expected.</source>
      <translation>Die Sandbox für eigene Modelle ist nicht wie erwartet gestartet.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} was closed.</source>
      <translation>{name} wurde geschlossen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{problem} Open the model again to retry.</source>
      <translation>{problem} Das Modell erneut öffnen, um es noch einmal zu versuchen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} failed in its sandbox.</source>
      <translation>{name} ist in seiner Sandbox fehlgeschlagen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>The sandbox for own models did not start within {seconds:g} s (the computer is busy).</source>
      <translation>Die Sandbox für eigene Modelle ist nicht innerhalb von {seconds:g} s gestartet (der Rechner ist ausgelastet).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} took longer than {seconds:g} s to {what}, so convviz stopped it.</source>
      <translation>{name} brauchte {what} länger als {seconds:g} s, daher hat convviz es gestoppt.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} sent a message convviz cannot read ({error}), so convviz stopped it.</source>
      <translation>{name} hat eine Nachricht gesendet, die convviz nicht lesen kann ({error}), daher hat convviz es gestoppt.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>The sandbox for own models could not start (exit status {code}).</source>
      <translation>Die Sandbox für eigene Modelle konnte nicht starten (Exit-Status {code}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} ended its sandbox unexpectedly (exit status {code}) (it may have needed more than {limit} MiB).</source>
      <translation>{name} hat seine Sandbox unerwartet beendet (Exit-Status {code}) (es brauchte vielleicht mehr als {limit} MiB).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} ended its sandbox unexpectedly (exit status {code}).</source>
      <translation>{name} hat seine Sandbox unerwartet beendet (Exit-Status {code}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} needed more than {limit} MiB of memory to {what}, so convviz stopped it.</source>
      <translation>{name} brauchte {what} mehr als {limit} MiB Speicher, daher hat convviz es gestoppt.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>an array of {dtype} cannot be sent to or from the sandbox.</source>
      <translation>ein Array vom Typ {dtype} kann nicht an die Sandbox gesendet oder von ihr empfangen werden.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox is cut short.</source>
      <translation>eine Nachricht aus der Sandbox ist abgeschnitten.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox cannot be read ({error}).</source>
      <translation>eine Nachricht aus der Sandbox kann nicht gelesen werden ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox has no table of arrays.</source>
      <translation>eine Nachricht aus der Sandbox hat keine Tabelle der Arrays.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox describes an array badly ({error}).</source>
      <translation>eine Nachricht aus der Sandbox beschreibt ein Array fehlerhaft ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox describes an array outside it.</source>
      <translation>eine Nachricht aus der Sandbox beschreibt ein Array außerhalb der Nachricht.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox gives an array a size that does not match its shape.</source>
      <translation>eine Nachricht aus der Sandbox gibt einem Array eine Größe, die nicht zu seiner Form passt.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message of {length} bytes is longer than the sandbox accepts.</source>
      <translation>eine Nachricht mit {length} Bytes ist länger, als die Sandbox annimmt.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>the model failed: {error}</source>
      <translation>das Modell ist fehlgeschlagen: {error}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>the sandbox holds no model yet.</source>
      <translation>die Sandbox enthält noch kein Modell.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>{name} returned {kind}, not a tensor of class scores.</source>
      <translation>{name} hat {kind} zurückgegeben, keinen Tensor mit Klassenwerten.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>there is no explanation called {name!r}.</source>
      <translation>es gibt keine Erklärung namens {name!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>the sandbox does not know the request {op!r}.</source>
      <translation>die Sandbox kennt die Anfrage {op!r} nicht.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>a unit is given by its number.</source>
      <translation>eine Einheit wird durch ihre Nummer angegeben.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>unknown settings for activation maximisation ({error}).</source>
      <translation>unbekannte Einstellungen für die Aktivierungsmaximierung ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>the sandbox does not know the units request {what!r}.</source>
      <translation>die Sandbox kennt die Einheiten-Anfrage {what!r} nicht.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>{name} looks like TorchScript but cannot be opened ({error}).</source>
      <translation>{name} sieht aus wie TorchScript, lässt sich aber nicht öffnen ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>this {name} runs in the own-model sandbox; call the whole model instead.</source>
      <translation>dieses {name} läuft in der Sandbox für eigene Modelle; stattdessen das ganze Modell aufrufen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} has {count} layers; convviz shows at most {limit}.</source>
      <translation>{name} hat {count} Schichten; convviz zeigt höchstens {limit}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} has a layer name convviz cannot show ({layer!r}).</source>
      <translation>{name} hat einen Schichtnamen, den convviz nicht zeigen kann ({layer!r}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent layers convviz cannot read.</source>
      <translation>{name} hat Schichten gesendet, die convviz nicht lesen kann.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent positions convviz cannot read.</source>
      <translation>{name} hat Positionen gesendet, die convviz nicht lesen kann.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent a map size convviz cannot read.</source>
      <translation>{name} hat eine Kartengröße gesendet, die convviz nicht lesen kann.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent an answer convviz cannot read.</source>
      <translation>{name} hat eine Antwort gesendet, die convviz nicht lesen kann.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>the options for {function} must be plain numbers: {error}.</source>
      <translation>die Optionen für {function} müssen einfache Zahlen sein: {error}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent filters for {layer} that convviz cannot show.</source>
      <translation>{name} hat Filter für {layer} gesendet, die convviz nicht zeigen kann.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/script_check.py" />
      <source>own models may only use the operations of a small CNN (convolutions, pooling, linear layers, activations, normalisation, dropout, reshaping and arithmetic)</source>
      <translation>eigene Modelle dürfen nur die Operationen eines kleinen CNN verwenden (Faltungen, Pooling, lineare Schichten, Aktivierungen, Normalisierung, Dropout, Umformen und Arithmetik)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/script_check.py" />
      <source>{method} of {where}</source>
      <translation>{method} von {where}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/script_check.py" />
      <source>a hook of {where}</source>
      <translation>ein Hook von {where}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/script_check.py" />
      <source>{name} uses {kind} (in {where}), which convviz does not run: {allowed}.</source>
      <translation>{name} verwendet {kind} (in {where}), was convviz nicht ausführt: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/script_check.py" />
      <source>{name} has a while loop (prim::Loop without a bound, in {where}), which could run forever; convviz only runs for loops over a counted range.</source>
      <translation>{name} hat eine while-Schleife (prim::Loop ohne Grenze, in {where}), die endlos laufen könnte; convviz führt nur for-Schleifen über einen abgezählten Bereich aus.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>it does not hold a state_dict (a table of named weights)</source>
      <translation>die Datei enthält kein state_dict (eine Tabelle benannter Gewichte)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source} does not hold a state_dict (a table of named weights).</source>
      <translation>{source} enthält kein state_dict (eine Tabelle benannter Gewichte).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>a weight is named {key} ({kind}), but weights are named by text such as 'conv1.weight'</source>
      <translation>ein Gewicht heißt {key} ({kind}), aber Gewichte werden mit Text wie 'conv1.weight' benannt</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source} is not a table of named weights: {detail}.</source>
      <translation>{source} ist keine Tabelle benannter Gewichte: {detail}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>it holds a {kind} under {key}, not a tensor of weights</source>
      <translation>die Datei enthält unter {key} ein(e) {kind}, keinen Tensor mit Gewichten</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>missing {names}</source>
      <translation>es fehlen {names}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>unexpected {names}</source>
      <translation>unerwartet: {names}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{key} is {shape} but {network} needs {needed}</source>
      <translation>{key} ist {shape}, aber {network} braucht {needed}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>It looks like the weights of a different network: weights alone cannot rebuild it, so save that network with torch.jit.save (TorchScript) and open that file.</source>
      <translation>Das sieht nach den Gewichten eines anderen Netzes aus: Gewichte allein können es nicht nachbauen; dieses Netz daher mit torch.jit.save (TorchScript) speichern und diese Datei öffnen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source} does not fit {network}: {detail}.{hint}</source>
      <translation>{source} passt nicht zu {network}: {detail}.{hint}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{key} is stored in a special layout ({layout}), not as plain numbers</source>
      <translation>{key} ist in einem besonderen Layout gespeichert ({layout}), nicht als einfache Zahlen</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source}: {detail}.</source>
      <translation>{source}: {detail}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{key} holds {dtype} values, not the decimal numbers weights are</source>
      <translation>{key} enthält Werte vom Typ {dtype}, nicht die Dezimalzahlen, die Gewichte sind</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{names} (NaN or infinite)</source>
      <translation>{names} (NaN oder unendlich)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source} has weights that are not finite numbers: {detail}.</source>
      <translation>{source} hat Gewichte, die keine endlichen Zahlen sind: {detail}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>a single number</source>
      <translation>eine einzelne Zahl</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>epochs must be at least 1.</source>
      <translation>Epochen müssen mindestens 1 sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>the learning rate must be greater than 0.</source>
      <translation>die Lernrate muss größer als 0 sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>weight decay cannot be negative.</source>
      <translation>Weight Decay kann nicht negativ sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>dropout must be at least 0 and below 1.</source>
      <translation>Dropout muss mindestens 0 und unter 1 sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>the elastic wobble cannot be negative.</source>
      <translation>das elastische Wackeln kann nicht negativ sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>the training subset must hold at least one digit.</source>
      <translation>die Trainingsteilmenge muss mindestens eine Ziffer enthalten.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>LeNet has no learnable layer '{name}'; choose among {names}.</source>
      <translation>LeNet hat keine lernende Schicht '{name}'; wähle unter {names}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>Train LeNet-5 on the shipped MNIST digits and write weights plus a model card.</source>
      <translation>LeNet-5 auf den mitgelieferten MNIST-Ziffern trainieren und Gewichte samt Modellkarte schreiben.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>peak learning rate (one-cycle)</source>
      <translation>höchste Lernrate (One-Cycle)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>cpu, cuda, mps or auto</source>
      <translation>cpu, cuda, mps oder auto</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>train on the digits as they are</source>
      <translation>auf den Ziffern trainieren, wie sie sind</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>largest elastic wobble, pixels (0: none)</source>
      <translation>größtes elastisches Wackeln, in Pixeln (0: keines)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>train on this many digits only</source>
      <translation>nur auf so vielen Ziffern trainieren</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>fine-tune: only these layers learn ({names})</source>
      <translation>Nachtrainieren: nur diese Schichten lernen ({names})</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>start from the shipped trained weights</source>
      <translation>mit den mitgelieferten trainierten Gewichten beginnen</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>CPU threads torch may use</source>
      <translation>CPU-Threads, die torch nutzen darf</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>weights file (MODEL_CARD.md goes beside it)</source>
      <translation>Gewichtsdatei (MODEL_CARD.md kommt daneben)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>no progress bar</source>
      <translation>kein Fortschrittsbalken</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>threads must be at least 1.</source>
      <translation>Threads müssen mindestens 1 sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>epoch {epoch}: loss {loss:.4f}, train {train:.2f}%, test {test:.2f}%</source>
      <translation>Epoche {epoch}: Verlust {loss:.4f}, Training {train:.2f} %, Test {test:.2f} %</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>test accuracy {accuracy:.2f}% after {epochs} epochs in {seconds:.0f} s; wrote {weights} and {card}</source>
      <translation>Testgenauigkeit {accuracy:.2f} % nach {epochs} Epochen in {seconds:.0f} s; {weights} und {card} geschrieben</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>Training failed: {error}</source>
      <translation>Training fehlgeschlagen: {error}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>a training process runs one training; start another for the next.</source>
      <translation>ein Trainingsprozess führt ein Training aus; starte für das nächste einen neuen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>training data are four arrays: training pictures, their labels, test pictures, labels.</source>
      <translation>Trainingsdaten sind vier Arrays: Trainingsbilder, ihre Labels, Testbilder, Labels.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>the picture followed while training must be 28×28, not {shape}.</source>
      <translation>das beim Training verfolgte Bild muss 28×28 sein, nicht {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>Training was stopped.</source>
      <translation>Das Training wurde angehalten.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>The training process ended unexpectedly ({why}).</source>
      <translation>Der Trainingsprozess endete unerwartet ({why}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>signal {number}</source>
      <translation>Signal {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>exit code {code}</source>
      <translation>Exit-Code {code}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>expected one or two numbers for a 2-D layer setting, not {values}.</source>
      <translation>für eine 2-D-Schichteinstellung wurden eine oder zwei Zahlen erwartet, nicht {values}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model's layers cannot be shown ({problem}), so their units cannot be looked at one by one.</source>
      <translation>die Schichten dieses Modells können nicht gezeigt werden ({problem}), daher lassen sich ihre Einheiten nicht einzeln betrachten.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model's layers cannot be shown, so their units cannot be looked at one by one.</source>
      <translation>die Schichten dieses Modells können nicht gezeigt werden, daher lassen sich ihre Einheiten nicht einzeln betrachten.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>a layer of this model does not say how many units it has.</source>
      <translation>eine Schicht dieses Modells gibt nicht an, wie viele Einheiten sie hat.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model has no convolution (Conv2d) or fully connected (Linear) layer to look into.</source>
      <translation>dieses Modell hat keine Faltungsschicht (Conv2d) und keine vollständig verbundene Schicht (Linear) zum Untersuchen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model has no layer {name!r} with units to look at.</source>
      <translation>dieses Modell hat keine Schicht {name!r} mit Einheiten zum Betrachten.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>LeNet has no layer {layer!r}.</source>
      <translation>LeNet hat keine Schicht {layer!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model has no layer {layer!r}.</source>
      <translation>dieses Modell hat keine Schicht {layer!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>activation maximisation takes 1 to 5,000 steps, not {steps}.</source>
      <translation>die Aktivierungsmaximierung nimmt 1 bis 5.000 Schritte, nicht {steps}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>the step size must lie in (0, 1] and the decay in [0, 1).</source>
      <translation>die Schrittgröße muss in (0, 1] liegen und der Zerfall in [0, 1).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>blur every 0 (never) or more steps, with a blur of 0 to 5 pixels and jitter of 0 to 4.</source>
      <translation>alle 0 (nie) oder mehr Schritte weichzeichnen, mit einer Unschärfe von 0 bis 5 Pixeln und einem Zittern von 0 bis 4.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>{layer} has units 0 to {last}, not {unit}.</source>
      <translation>{layer} hat die Einheiten 0 bis {last}, nicht {unit}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The LeNet weights file {path} is missing; train it with `convviz-train --output {path}`.</source>
      <translation>Die LeNet-Gewichtsdatei {path} fehlt; sie mit `convviz-train --output {path}` trainieren.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>{name} is a TorchScript model, not LeNet weights</source>
      <translation>{name} ist ein TorchScript-Modell, keine LeNet-Gewichte</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>it holds Python objects or code ({names}), and convviz never runs code from a file</source>
      <translation>die Datei enthält Python-Objekte oder Code ({names}), und convviz führt nie Code aus einer Datei aus</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The LeNet weights file {path} is damaged or not a weights file ({reason}); retrain it with `convviz-train`.</source>
      <translation>Die LeNet-Gewichtsdatei {path} ist beschädigt oder keine Gewichtsdatei ({reason}); sie mit `convviz-train` neu trainieren.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The file {path} does not hold a LeNet state_dict (a table of named weights).</source>
      <translation>Die Datei {path} enthält kein LeNet-state_dict (eine Tabelle benannter Gewichte).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The file {path} does not hold a LeNet state_dict: {detail}.</source>
      <translation>Die Datei {path} enthält kein LeNet-state_dict: {detail}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>this LeNet</source>
      <translation>dieses LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The weights in {path} contain NaN or infinite values ({detail}); retrain them.</source>
      <translation>Die Gewichte in {path} enthalten NaN oder unendliche Werte ({detail}); sie neu trainieren.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The weights in {path} do not fit this LeNet ({detail}); retrain them with `convviz-train`.</source>
      <translation>Die Gewichte in {path} passen nicht zu diesem LeNet ({detail}); sie mit `convviz-train` neu trainieren.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The device {device} failed ({error}); using the CPU.</source>
      <translation>Das Gerät {device} ist fehlgeschlagen ({error}); die CPU wird verwendet.</translation>
    </message>
    <message>
      <location filename="../../convviz/new_files.py" />
      <source>no free temporary name beside {file} after {tries} tries</source>
      <translation>kein freier temporärer Name neben {file} nach {tries} Versuchen</translation>
    </message>
    <message>
      <location filename="../../convviz/resources.py" />
      <source>The resource {name} is missing from {folder}; reinstall convviz to restore it.</source>
      <translation>Die Ressource {name} fehlt in {folder}; convviz neu installieren, um sie wiederherzustellen.</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>no file was chosen</source>
      <translation>es wurde keine Datei gewählt</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{kind} is not a file path</source>
      <translation>{kind} ist kein Dateipfad</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>the file name contains a NUL character, so it cannot name a file</source>
      <translation>der Dateiname enthält ein NUL-Zeichen und kann daher keine Datei benennen</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>a folder</source>
      <translation>ein Ordner</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>a named pipe (FIFO)</source>
      <translation>eine benannte Pipe (FIFO)</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>a device</source>
      <translation>ein Gerät</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>a socket</source>
      <translation>ein Socket</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>not a regular file</source>
      <translation>keine gewöhnliche Datei</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>there is no file {file}; check the name and folder</source>
      <translation>es gibt keine Datei {file}; Namen und Ordner prüfen</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} cannot be looked at ({reason})</source>
      <translation>{file} kann nicht untersucht werden ({reason})</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} cannot be read (no permission to open it)</source>
      <translation>{file} kann nicht gelesen werden (keine Berechtigung, sie zu öffnen)</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} cannot be opened ({reason})</source>
      <translation>{file} kann nicht geöffnet werden ({reason})</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} is larger than {limit}: too large to be {what}</source>
      <translation>{file} ist größer als {limit}: zu groß für {what}</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} is a folder, not {what}; choose a file inside it</source>
      <translation>{file} ist ein Ordner, nicht {what}; eine Datei darin wählen</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} is {kind}, not {what}; convviz reads only ordinary files</source>
      <translation>{file} ist {kind}, nicht {what}; convviz liest nur gewöhnliche Dateien</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} is {size}: too large to be {what} (the limit is {limit})</source>
      <translation>{file} ist {size} groß: zu groß für {what} (die Grenze ist {limit})</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{count} bytes</source>
      <translation>{count} Bytes</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_json.py" />
      <source>a whole number of {digits:,} digits</source>
      <translation>eine ganze Zahl mit {digits:,} Stellen</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_json.py" />
      <source>its JSON is nested absurdly deep (more than {depth} levels)</source>
      <translation>ihr JSON ist absurd tief verschachtelt (mehr als {depth} Ebenen)</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_json.py" />
      <source>its JSON is nested more than {depth} levels deep</source>
      <translation>ihr JSON ist mehr als {depth} Ebenen tief verschachtelt</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Photos</source>
      <translation>Fotos</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>MNIST digits</source>
      <translation>MNIST-Ziffern</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Patterns</source>
      <translation>Muster</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Handwritten {digit} (MNIST)</source>
      <translation>Handgeschriebene {digit} (MNIST)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>A handwritten {digit} from the MNIST test set, the size LeNet reads.</source>
      <translation>Eine handgeschriebene {digit} aus dem MNIST-Testsatz, in der Größe, die LeNet liest.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Camera man (grey)</source>
      <translation>Kameramann (grau)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Strong edges and flat sky: the classic edge-detector test.</source>
      <translation>Starke Kanten und flacher Himmel: der klassische Test für Kantendetektoren.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Brick wall (grey)</source>
      <translation>Backsteinmauer (grau)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Horizontal and vertical mortar lines for line detectors.</source>
      <translation>Waagerechte und senkrechte Mörtelfugen für Liniendetektoren.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Coins (grey)</source>
      <translation>Münzen (grau)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Round blobs on a flat background: try blurs and the Laplacian.</source>
      <translation>Runde Flecken auf flachem Hintergrund: probieren Sie Weichzeichner und Laplace.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Text (grey)</source>
      <translation>Text (grau)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Thin strokes: line detectors and sharpening.</source>
      <translation>Dünne Striche: Liniendetektoren und Schärfen.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Astronaut (colour)</source>
      <translation>Astronautin (Farbe)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>A colour portrait: three channels, one kernel per channel.</source>
      <translation>Ein Farbporträt: drei Kanäle, ein Kernel pro Kanal.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Coffee (colour)</source>
      <translation>Kaffee (Farbe)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Warm colours: compare the red, green and blue results.</source>
      <translation>Warme Farben: vergleichen Sie die Ergebnisse für Rot, Grün und Blau.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Chelsea the cat (colour)</source>
      <translation>Katze Chelsea (Farbe)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Fur texture and whiskers.</source>
      <translation>Fellstruktur und Schnurrhaare.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Rocket launch (colour)</source>
      <translation>Raketenstart (Farbe)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Sky, smoke and a bright plume.</source>
      <translation>Himmel, Rauch und ein heller Feuerstrahl.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Horse silhouette (grey)</source>
      <translation>Pferdesilhouette (grau)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>A solid shape: outlines appear with edge kernels.</source>
      <translation>Eine volle Form: Mit Kantenkerneln erscheinen die Umrisse.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Single bright pixel</source>
      <translation>Einzelnes helles Pixel</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Convolving one bright pixel draws the kernel itself: flipped unless flip is on.</source>
      <translation>Die Faltung eines hellen Pixels zeichnet den Kernel selbst: gespiegelt, außer Spiegeln ist an.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Step edge</source>
      <translation>Stufenkante</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Dark left half, bright right half: vertical edge detectors answer on the border only.</source>
      <translation>Dunkle linke Hälfte, helle rechte Hälfte: senkrechte Kantendetektoren antworten nur an der Grenze.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Checkerboard</source>
      <translation>Schachbrett</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Squares of 8 pixels: both edge directions and corners.</source>
      <translation>Quadrate von 8 Pixeln: beide Kantenrichtungen und Ecken.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Lines at angles</source>
      <translation>Linien in Winkeln</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Four quadrants of thin lines at 0°, 45°, 90° and 135°: each line detector lights one.</source>
      <translation>Vier Quadranten dünner Linien bei 0°, 45°, 90° und 135°: jeder Liniendetektor lässt einen aufleuchten.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Smooth ramp</source>
      <translation>Sanfte Rampe</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Brightness rising left to right: edge kernels give a constant answer.</source>
      <translation>Helligkeit steigt von links nach rechts: Kantenkernel geben eine konstante Antwort.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>There is no sample called {name}; the samples are: {known}.</source>
      <translation>Es gibt kein Beispiel namens {name}; die Beispiele sind: {known}.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>An MNIST digit is 0 to 9, not {label}.</source>
      <translation>Eine MNIST-Ziffer ist 0 bis 9, nicht {label}.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>The shipped MNIST label file is damaged (wrong magic number).</source>
      <translation>Die mitgelieferte MNIST-Labeldatei ist beschädigt (falsche magische Zahl).</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Only {count} examples of the digit {label} are offered.</source>
      <translation>Von der Ziffer {label} werden nur {count} Beispiele angeboten.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>The shipped MNIST image file is damaged (wrong magic number).</source>
      <translation>Die mitgelieferte MNIST-Bilddatei ist beschädigt (falsche magische Zahl).</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>arrays of {dtype} cannot be saved in a session</source>
      <translation>Arrays vom Typ {dtype} können nicht in einer Sitzung gespeichert werden</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} would unpack to {size:,.1f} MB, more than the {limit:,.0f} MB all arrays of a session may take</source>
      <translation>{what} würde entpackt {size:,.1f} MB groß, mehr als die {limit:,.0f} MB, die alle Arrays einer Sitzung belegen dürfen</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>an embedded array</source>
      <translation>ein eingebettetes Array</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is not described as an object</source>
      <translation>{what} ist nicht als Objekt beschrieben</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} has an unknown number type {dtype}</source>
      <translation>{what} hat einen unbekannten Zahlentyp {dtype}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} has no valid shape</source>
      <translation>{what} hat keine gültige Form</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} claims {count} values, more than convviz ever saves</source>
      <translation>{what} gibt {count} Werte an, mehr als convviz je speichert</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} uses an unknown encoding {encoding}</source>
      <translation>{what} verwendet eine unbekannte Kodierung {encoding}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} has no data</source>
      <translation>{what} hat keine Daten</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} holds far more data than its {shape} shape needs</source>
      <translation>{what} enthält weit mehr Daten, als seine Form {shape} braucht</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what}'s data is damaged (not valid base64)</source>
      <translation>{what}: Die Daten sind beschädigt (kein gültiges base64)</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{kind} cannot be saved in a session</source>
      <translation>{kind} kann nicht in einer Sitzung gespeichert werden</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>scalar</source>
      <translation>Skalar</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} claims a {shape} shape that no {encoding} picture has</source>
      <translation>{what} gibt eine Form {shape} an, die kein {encoding}-Bild hat</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is a {width}×{height} {mode} picture, not the {shape} its description says</source>
      <translation>{what} ist ein {width}×{height}-Bild im Modus {mode}, nicht die {shape}, die seine Beschreibung nennt</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is a picture far too large to decode safely</source>
      <translation>{what} ist ein Bild, das viel zu groß ist, um es sicher zu dekodieren</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is a damaged picture ({reason})</source>
      <translation>{what} ist ein beschädigtes Bild ({reason})</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is {actual}, not the {shape} its description says</source>
      <translation>{what} ist {actual}, nicht die {shape}, die seine Beschreibung nennt</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what}'s data is damaged (it does not decompress)</source>
      <translation>{what}: Die Daten sind beschädigt (sie lassen sich nicht entpacken)</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what}'s data is truncated or too long for its shape</source>
      <translation>{what}: Die Daten sind abgeschnitten oder zu lang für die Form</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{where}" is not an object</source>
      <translation>"{where}" ist kein Objekt</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>a state</source>
      <translation>ein Zustand</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" is missing</source>
      <translation>"{name}" fehlt</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a finite number, not {value}</source>
      <translation>"{name}" muss eine endliche Zahl sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be true or false, not {value}</source>
      <translation>"{name}" muss true oder false sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be text, not {value}</source>
      <translation>"{name}" muss Text sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" is {length:,} characters long; at most {most:,} are allowed</source>
      <translation>"{name}" ist {length:,} Zeichen lang; höchstens {most:,} sind erlaubt</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be one of {choices}, not {value}</source>
      <translation>"{name}" muss eines von {choices} sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a list of {what}, not {value}</source>
      <translation>"{name}" muss eine Liste sein ({what}), nicht {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" holds {count:,} {what}; at most {most:,} are allowed</source>
      <translation>"{name}" enthält {count:,} {what}; höchstens {most:,} sind erlaubt</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be two whole numbers (rows, columns), not {value}</source>
      <translation>"{name}" muss zwei ganze Zahlen sein (Zeilen, Spalten), nicht {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>float</source>
      <translation>float</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>numeric</source>
      <translation>numerisch</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a {wanted} array, not {dtype}</source>
      <translation>"{name}" muss ein Array vom Typ {wanted} sein, nicht {dtype}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" has the shape {shape}, which this field cannot hold</source>
      <translation>"{name}" hat die Form {shape}, die dieses Feld nicht aufnehmen kann</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" is {shape}; {sides}</source>
      <translation>"{name}" ist {shape}; {sides}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>{shown_by} shows {range} cells a side</source>
      <translation>{shown_by} zeigt {range} Zellen pro Seite</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>each side must be {range} cells</source>
      <translation>jede Seite muss {range} Zellen haben</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be an embedded array, not {value}</source>
      <translation>"{name}" muss ein eingebettetes Array sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" holds NaN or infinite values</source>
      <translation>"{name}" enthält NaN oder unendliche Werte</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a rectangular grid of numbers (a list of rows)</source>
      <translation>"{name}" muss ein rechteckiges Zahlenraster sein (eine Liste von Zeilen)</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" is {rows}×{columns}; {sides}</source>
      <translation>"{name}" ist {rows}×{columns}; {sides}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a rectangular grid of numbers</source>
      <translation>"{name}" muss ein rechteckiges Zahlenraster sein</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a non-empty rectangular grid of numbers</source>
      <translation>"{name}" muss ein nicht leeres rechteckiges Zahlenraster sein</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>convviz sessions (*.convviz);;All files (*)</source>
      <translation>convviz-Sitzungen (*.convviz);;Alle Dateien (*)</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This file is not a convviz session: it is {length:,.0f} million characters long (the limit is {limit:,.0f} million).</source>
      <translation>Diese Datei ist keine convviz-Sitzung: Sie ist {length:,.0f} Millionen Zeichen lang (die Grenze ist {limit:,.0f} Millionen).</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>It looks cut short (truncated).</source>
      <translation>Sie sieht abgeschnitten aus.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This file is not a convviz session: it is not valid JSON (line {line}, column {column}: {reason}).</source>
      <translation>Diese Datei ist keine convviz-Sitzung: Sie ist kein gültiges JSON (Zeile {line}, Spalte {column}: {reason}).</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This file is not a convviz session: {reason}.</source>
      <translation>Diese Datei ist keine convviz-Sitzung: {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This file is not a convviz session: it does not start with "format": "{format}".</source>
      <translation>Diese Datei ist keine convviz-Sitzung: Sie beginnt nicht mit "format": "{format}".</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This session file has no valid format version (found {found}).</source>
      <translation>Diese Sitzungsdatei hat keine gültige Formatversion (gefunden: {found}).</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This session was saved by a newer convviz{by} in session format {found}; this convviz reads format {version} and older. Update convviz to open it.</source>
      <translation>Diese Sitzung wurde von einem neueren convviz{by} im Sitzungsformat {found} gespeichert; dieses convviz liest Format {version} und älter. convviz aktualisieren, um sie zu öffnen.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This session file is damaged: {reason}.</source>
      <translation>Diese Sitzungsdatei ist beschädigt: {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>a convviz session</source>
      <translation>eine convviz-Sitzung</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>Could not read {file}: there is no such file.</source>
      <translation>{file} konnte nicht gelesen werden: Es gibt keine solche Datei.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>{reason}.</source>
      <translation>{reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>Could not read {file}: {reason}.</source>
      <translation>{file} konnte nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>{file} is empty: it is not a convviz session (or it was cut short).</source>
      <translation>{file} ist leer: Es ist keine convviz-Sitzung (oder sie wurde abgeschnitten).</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>{file} is not a convviz session: it is not text (JSON).</source>
      <translation>{file} ist keine convviz-Sitzung: Es ist kein Text (JSON).</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>{file}: {reason}</source>
      <translation>{file}: {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"views" is not an object</source>
      <translation>"views" ist kein Objekt</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"views" names {count:,} views; a session holds at most {most}</source>
      <translation>"views" nennt {count:,} Ansichten; eine Sitzung enthält höchstens {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>the {view} view's state is not an object</source>
      <translation>der Zustand der Ansicht {view} ist kein Objekt</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>in the {view} view, {reason}</source>
      <translation>in der Ansicht {view}: {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"picture" is not an object</source>
      <translation>"picture" ist kein Objekt</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"lesson" is not an object</source>
      <translation>"lesson" ist kein Objekt</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"lesson.builtin" must be true or false, not {value}</source>
      <translation>"lesson.builtin" muss true oder false sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>the Steps view</source>
      <translation>die Schritte-Ansicht</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{name}" must have a square background and image of the same size</source>
      <translation>"{name}" muss einen quadratischen Hintergrund und ein gleich großes Bild haben</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>strokes</source>
      <translation>Striche</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{where}" must be [width, [[x, y], ...]]</source>
      <translation>"{where}" muss [width, [[x, y], ...]] sein</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{where}" has no points</source>
      <translation>"{where}" hat keine Punkte</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{name}.strokes" hold more than {most:,} points in all; a canvas replays every point when it is restored</source>
      <translation>"{name}.strokes" enthalten insgesamt mehr als {most:,} Punkte; eine Zeichenfläche spielt beim Wiederherstellen jeden Punkt erneut ab</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>a point of "{where}" must be [x, y]</source>
      <translation>ein Punkt von "{where}" muss [x, y] sein</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"kernels" must be three kernels (red, green, blue)</source>
      <translation>"kernels" müssen drei Kernel sein (Rot, Grün, Blau)</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>the kernel editor</source>
      <translation>der Kernel-Editor</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"kernels" must be three kernels of one size, {range} cells a side</source>
      <translation>"kernels" müssen drei Kernel derselben Größe sein, {range} Zellen pro Seite</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>numbers</source>
      <translation>Zahlen</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>grids</source>
      <translation>Raster</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{name}" must hold grids of one size</source>
      <translation>"{name}" muss Raster derselben Größe enthalten</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"edits" must map {layers} to their edited filters</source>
      <translation>"edits" muss {layers} ihren bearbeiteten Filtern zuordnen</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>{first} and {second}</source>
      <translation>{first} und {second}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>edited filter slices</source>
      <translation>bearbeitete Filterscheiben</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{where}.weights" must be a square filter of finite numbers</source>
      <translation>"{where}.weights" muss ein quadratischer Filter aus endlichen Zahlen sein</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"input.digit" must be a {side}×{side} picture</source>
      <translation>"input.digit" muss ein {side}×{side}-Bild sein</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>A camera frame must be colour pixels (height × width × 3, bytes).</source>
      <translation>Ein Kamerabild muss aus Farbpixeln bestehen (Höhe × Breite × 3, Bytes).</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>camera {index}</source>
      <translation>Kamera {index}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>No camera was found ({device} does not exist). Connect one, or pick a picture.</source>
      <translation>Keine Kamera gefunden ({device} existiert nicht). Schließen Sie eine an oder wählen Sie ein Bild.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>The camera could not be opened: another program may be using it. Close that, or pick a picture.</source>
      <translation>Die Kamera konnte nicht geöffnet werden: Vielleicht benutzt sie ein anderes Programm. Schließen Sie es oder wählen Sie ein Bild.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>The clip {name} was not found.</source>
      <translation>Der Clip {name} wurde nicht gefunden.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>The clip {name} could not be read as a video.</source>
      <translation>Der Clip {name} konnte nicht als Video gelesen werden.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>A moving pattern needs at least 8×8 pixels.</source>
      <translation>Ein bewegtes Muster braucht mindestens 8×8 Pixel.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>moving pattern</source>
      <translation>bewegtes Muster</translation>
    </message>
    <message>
      <location filename="../../convviz/state/color_vision.py" />
      <source>unknown colour-vision deficiency {name}; use one of {known}.</source>
      <translation>unbekannte Farbsehschwäche {name}; eine verwenden von: {known}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>the sequential colour map needs pyqtgraph's viridis table; reinstall convviz</source>
      <translation>die sequenzielle Farbtabelle braucht die viridis-Tabelle von pyqtgraph; convviz neu installieren</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>unknown colour scale {name}; use one of {known}.</source>
      <translation>unbekannte Farbskala {name}; eine verwenden von: {known}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>blue negative · white zero · orange positive</source>
      <translation>blau negativ · weiß null · orange positiv</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>cannot be negative: dark purple low → yellow high</source>
      <translation>kann nicht negativ sein: dunkelviolett niedrig → gelb hoch</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>black low → white high</source>
      <translation>schwarz niedrig → weiß hoch</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>unknown kind of quantity {name}; use one of {known}.</source>
      <translation>unbekannte Art von Größe {name}; eine verwenden von: {known}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>a picture is (H, W) grey or (3, H, W) colour, not shape {shape}.</source>
      <translation>ein Bild ist (H, W) grau oder (3, H, W) farbig, nicht Form {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>each map its own</source>
      <translation>jede Karte eigene</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>one per layer</source>
      <translation>eine pro Schicht</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>one for the whole network</source>
      <translation>eine für das ganze Netz</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>unknown colour range {name}; use one of {known}.</source>
      <translation>unbekannter Farbbereich {name}; einen verwenden von: {known}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>one colour range for the whole network needs the network's layers.</source>
      <translation>ein Farbbereich für das ganze Netz braucht die Schichten des Netzes.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/conventions.py" />
      <source>rows and columns counted from 1</source>
      <translation>Zeilen und Spalten ab 1 gezählt</translation>
    </message>
    <message>
      <location filename="../../convviz/state/conventions.py" />
      <source>row {row}, column {column}</source>
      <translation>Zeile {row}, Spalte {column}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>A kernel must be a grid of numbers.</source>
      <translation>Ein Kernel muss ein Zahlenraster sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>A kernel must be a grid: every row as long as the others.</source>
      <translation>Ein Kernel muss ein Raster sein: jede Zeile so lang wie die anderen.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>A kernel side must be {low} to {high} cells, not {side}.</source>
      <translation>Eine Kernelseite muss {low} bis {high} Zellen haben, nicht {side}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>a kernel cell</source>
      <translation>eine Kernelzelle</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>"kernels" must be three kernels (red, green, blue) of one size.</source>
      <translation>"kernels" müssen drei Kernel (Rot, Grün, Blau) derselben Größe sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>"kernels" must be three kernels of one size, as in a conv layer.</source>
      <translation>"kernels" müssen drei Kernel derselben Größe sein, wie in einer Faltungsschicht.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>"{name}" must be a name of at most {most} characters</source>
      <translation>"{name}" muss ein Name mit höchstens {most} Zeichen sein</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>the convolution view has no setting called {name}</source>
      <translation>die Faltungs-Ansicht hat keine Einstellung namens {name}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>This kernel's cells sum to 0 (an edge detector), so it cannot be scaled to sum 1.</source>
      <translation>Die Zellen dieses Kernels ergeben zusammen 0 (ein Kantendetektor), daher kann er nicht auf Summe 1 skaliert werden.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>dilated form: {formula}</source>
      <translation>dilatierte Form: {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>height</source>
      <translation>Höhe</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>width</source>
      <translation>Breite</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No output {axis}: {reason}.</source>
      <translation>Keine Ausgabe ({axis}): {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No output: {problem}.</source>
      <translation>Keine Ausgabe: {problem}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No output: reflect padding mirrors the picture, so it needs fewer cells than the {rows}×{cols} picture has ({asked} asked); use less padding, zeros or replicate.</source>
      <translation>Keine Ausgabe: reflect-Padding spiegelt das Bild und braucht daher weniger Zellen, als das {rows}×{cols}-Bild hat ({asked} verlangt); weniger Padding, Nullen oder replicate verwenden.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No pooling output: the {k}×{k} pool window is bigger than the {rows}×{cols} feature map; use a window of at most {most} cells.</source>
      <translation>Keine Pooling-Ausgabe: Das {k}×{k}-Pooling-Fenster ist größer als die {rows}×{cols}-Merkmalskarte; ein Fenster von höchstens {most} Zellen verwenden.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No output: the {channels} colour channels cannot be split into {groups} equal groups; choose 1 (each filter sees all three) or 3 (depthwise: one map per channel).</source>
      <translation>Keine Ausgabe: Die {channels} Farbkanäle lassen sich nicht in {groups} gleiche Gruppen teilen; wählen Sie 1 (jeder Filter sieht alle drei) oder 3 (tiefenweise: eine Karte pro Kanal).</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution_run.py" />
      <source>{device} failed ({reason}); computed on the CPU instead.</source>
      <translation>{device} ist fehlgeschlagen ({reason}); stattdessen auf der CPU berechnet.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution_run.py" />
      <source>PyTorch gives a {theirs} map but convviz shows {mine}.</source>
      <translation>PyTorch ergibt eine {theirs}-Karte, aber convviz zeigt {mine}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/evaluation.py" />
      <source>a chunk holds at least one digit, not {chunk}.</source>
      <translation>ein Block enthält mindestens eine Ziffer, nicht {chunk}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/frame_grabber.py" />
      <source>The camera could not be started: {reason}</source>
      <translation>Die Kamera konnte nicht gestartet werden: {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/frame_grabber.py" />
      <source>The camera stopped giving pictures.</source>
      <translation>Die Kamera liefert keine Bilder mehr.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/frame_rate.py" />
      <source>the frame-rate window must be longer than zero seconds.</source>
      <translation>das Fenster für die Bildrate muss länger als null Sekunden sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>a preset kernel must be a 2-D matrix, not shape {shape}.</source>
      <translation>ein Vorlagen-Kernel muss eine 2-D-Matrix sein, nicht Form {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>these weights have no {layer}: they are not a LeNet's.</source>
      <translation>diese Gewichte haben kein {layer}: Es sind nicht die eines LeNet.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>a test digit is 28×28 pixels, not {shape}.</source>
      <translation>eine Testziffer hat 28×28 Pixel, nicht {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>a filter weight must be a finite number.</source>
      <translation>ein Filtergewicht muss eine endliche Zahl sein.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>a filter must hold finite numbers only.</source>
      <translation>ein Filter darf nur endliche Zahlen enthalten.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>these weights are not this LeNet's: their layers or shapes differ.</source>
      <translation>diese Gewichte gehören nicht zu diesem LeNet: Ihre Schichten oder Formen unterscheiden sich.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>{layer} filters have shape {shape}, not {given}.</source>
      <translation>{layer}-Filter haben die Form {shape}, nicht {given}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>only the filters of {layers} can be edited, not {layer}.</source>
      <translation>nur die Filter von {layers} können bearbeitet werden, nicht {layer}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>Each pixel of map {number} is the sum of the {terms} products of a {size}×{size} window of the input with filter {number}, plus its bias {bias} (padding 2 keeps the map 28×28). PyTorch: {code}.</source>
      <translation>Jedes Pixel von Karte {number} ist die Summe der {terms} Produkte eines {size}×{size}-Fensters der Eingabe mit Filter {number}, plus sein Bias {bias} (Padding 2 hält die Karte bei 28×28). PyTorch: {code}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>Map {number} adds up all {channels} pool1 maps, each slid under its own {size}×{size} slice of filter {number}: {terms} products per pixel, plus the bias {bias}. PyTorch: {code} (shape {channels}×{size}×{size}).</source>
      <translation>Karte {number} addiert alle {channels} pool1-Karten, jede unter ihrer eigenen {size}×{size}-Scheibe von Filter {number} verschoben: {terms} Produkte pro Pixel, plus der Bias {bias}. PyTorch: {code} (Form {channels}×{size}×{size}).</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>map {number}</source>
      <translation>Karte {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>filter {number}</source>
      <translation>Filter {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>filter + bias</source>
      <translation>Filter + Bias</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>ReLU keeps positive values and sets negative ones to 0: here {zeroed} of {total} pixels were negative and became 0 (the blue ones).</source>
      <translation>ReLU behält positive Werte und setzt negative auf 0: Hier waren {zeroed} von {total} Pixeln negativ und wurden 0 (die blauen).</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>2×2 max, stride 2</source>
      <translation>2×2-Maximum, Schrittweite 2</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>pooled ({rows}×{cols})</source>
      <translation>gepoolt ({rows}×{cols})</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>Max pooling keeps the largest value of each 2×2 block: the map halves in each direction, and a feature still counts after a one-pixel shift as long as it stays inside the same 2×2 block.</source>
      <translation>Max-Pooling behält den größten Wert jedes 2×2-Blocks: Die Karte halbiert sich in jeder Richtung, und ein Merkmal zählt nach einer Verschiebung um ein Pixel weiter, solange es im selben 2×2-Block bleibt.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>logit of digit {number}</source>
      <translation>Logit der Ziffer {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>unit {number}</source>
      <translation>Einheit {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>({count} values)</source>
      <translation>({count} Werte)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>its {count} weights</source>
      <translation>seine {count} Gewichte</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>weights + bias</source>
      <translation>Gewichte + Bias</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>value {value}</source>
      <translation>Wert {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>A fully connected unit multiplies each of its {count} inputs by its own weight and adds them with the bias {bias}: {value}. PyTorch: {code}.</source>
      <translation>Eine vollständig verbundene Einheit multipliziert jede ihrer {count} Eingaben mit einem eigenen Gewicht und addiert sie mit dem Bias {bias}: {value}. PyTorch: {code}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>there is no map to inspect in {stage}.</source>
      <translation>in {stage} gibt es keine Karte zum Untersuchen.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>The {device} device failed ({reason}); computing on the CPU.</source>
      <translation>Das Gerät {device} ist fehlgeschlagen ({reason}); es wird auf der CPU gerechnet.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>test #{index}</source>
      <translation>Test #{index}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>MNIST test #{index}</source>
      <translation>MNIST-Test #{index}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>digits go from 0 to 9, not {digit}.</source>
      <translation>Ziffern gehen von 0 bis 9, nicht {digit}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>the test set has digits 0 to {last}, not {index}.</source>
      <translation>der Testsatz hat die Ziffern 0 bis {last}, nicht {index}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Images and tensors</source>
      <translation>Bilder und Tensoren</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Convolution step by step</source>
      <translation>Faltung Schritt für Schritt</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Padding, stride and flipping</source>
      <translation>Padding, Schrittweite und Spiegeln</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Filters on photos</source>
      <translation>Filter auf Fotos</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Several filters and colour</source>
      <translation>Mehrere Filter und Farbe</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Pooling</source>
      <translation>Pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Activations and softmax</source>
      <translation>Aktivierungen und Softmax</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>LeNet and counting parameters</source>
      <translation>LeNet und Parameter zählen</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Training the network</source>
      <translation>Das Netz trainieren</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>More kinds of convolution</source>
      <translation>Weitere Arten der Faltung</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>The slide printed {printed} {where}; the true value is {true}.</source>
      <translation>Die Folie nannte {printed} {where}; der wahre Wert ist {true}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Filter {number}</source>
      <translation>Filter {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>as the total of “{table}”</source>
      <translation>als Summe von „{table}“</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} opens in the Steps view but has no input matrix.</source>
      <translation>{lesson} öffnet sich in der Schritte-Ansicht, hat aber keine Eingabematrix.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} applies an activation; the Steps view shows the convolution or pooling only.</source>
      <translation>{lesson} wendet eine Aktivierung an; die Schritte-Ansicht zeigt nur die Faltung oder das Pooling.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} transposes {channels} channels; the Steps view transposes one grid at a time.</source>
      <translation>{lesson} transponiert {channels} Kanäle; die Schritte-Ansicht transponiert jeweils ein Raster.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} pools {channels} channels; the Steps view pools one grid at a time.</source>
      <translation>{lesson} poolt {channels} Kanäle; die Schritte-Ansicht poolt jeweils ein Raster.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} needs one kernel slice per input channel for the Steps view.</source>
      <translation>{lesson} braucht für die Schritte-Ansicht eine Kernelscheibe pro Eingabekanal.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} has a kernel factor; the Steps view steps colour kernels with plain weights.</source>
      <translation>{lesson} hat einen Kernelfaktor; die Schritte-Ansicht geht Farbkernel nur mit einfachen Gewichten durch.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} needs exactly one 2-D kernel for the Steps view.</source>
      <translation>{lesson} braucht für die Schritte-Ansicht genau einen 2-D-Kernel.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} cannot be shown in the Steps view: {reason}.</source>
      <translation>{lesson} kann nicht in der Schritte-Ansicht gezeigt werden: {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} is a transposed convolution; open it in the Steps view, which shows the stamps.</source>
      <translation>{lesson} ist eine transponierte Faltung; sie in der Schritte-Ansicht öffnen, die die Stempel zeigt.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} is a pooling lesson; open it in the Steps view, which shows pooling on its own.</source>
      <translation>{lesson} ist eine Pooling-Lektion; sie in der Schritte-Ansicht öffnen, die Pooling für sich zeigt.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} opens in the convolution view but has no input or no kernel.</source>
      <translation>{lesson} öffnet sich in der Faltungs-Ansicht, hat aber keine Eingabe oder keinen Kernel.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} has {channels} input channel(s) and kernels for {kernels}; the convolution view shows grey pictures with 2-D kernels and colour pictures with one slice per colour.</source>
      <translation>{lesson} hat {channels} Eingabekanal/-kanäle und Kernel für {kernels}; die Faltungs-Ansicht zeigt Graustufenbilder mit 2-D-Kerneln und Farbbilder mit einer Scheibe pro Farbe.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} has a kernel larger than {side}×{side}.</source>
      <translation>{lesson} hat einen Kernel, der größer als {side}×{side} ist.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} uses {activation}, which the convolution view does not apply to a feature map; show it as a concept lesson.</source>
      <translation>{lesson} verwendet {activation}, das die Faltungs-Ansicht nicht auf eine Merkmalskarte anwendet; sie als Konzeptlektion zeigen.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source> of map {number}</source>
      <translation> von Karte {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>in {count} cells</source>
      <translation>in {count} Zellen</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>in {cells}</source>
      <translation>in {cells}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source> and </source>
      <translation> und </translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Lesson {number} (“{title}”)</source>
      <translation>Lektion {number} („{title}“)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} has a different {what} per axis; the Steps view takes one {what}.</source>
      <translation>{lesson} hat pro Achse einen anderen Wert für {what}; die Schritte-Ansicht nimmt nur einen Wert für {what}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/map_mosaic.py" />
      <source>a map grid shows (count, height, width) arrays, not shape {shape}.</source>
      <translation>ein Kartenraster zeigt Arrays der Form (Anzahl, Höhe, Breite), nicht Form {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/map_mosaic.py" />
      <source>{ranges} colour ranges for {count} maps.</source>
      <translation>{ranges} Farbbereiche für {count} Karten.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/map_mosaic.py" />
      <source>each colour range must run from a lower to a higher value.</source>
      <translation>jeder Farbbereich muss von einem niedrigeren zu einem höheren Wert gehen.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/model_choice.py" />
      <source>a network choice is one of {choices}, not {key}.</source>
      <translation>eine Netzauswahl ist eines von {choices}, nicht {key}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/model_choice.py" />
      <source>there is no {key} network to show yet.</source>
      <translation>es gibt noch kein Netz {key} zum Zeigen.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/receptive_field.py" />
      <source>the first layer's map is {rows}×{cols}, smaller than the second {krows}×{kcols} kernel; use a bigger input</source>
      <translation>die Karte der ersten Schicht ist {rows}×{cols}, kleiner als der zweite {krows}×{kcols}-Kernel; eine größere Eingabe verwenden</translation>
    </message>
    <message>
      <location filename="../../convviz/state/receptive_field.py" />
      <source>a second layer is shown for a grey convolution; switch off pooling or colour first</source>
      <translation>eine zweite Schicht wird für eine Graustufen-Faltung gezeigt; zuerst Pooling oder Farbe ausschalten</translation>
    </message>
    <message>
      <location filename="../../convviz/state/receptive_field.py" />
      <source>the first layer has no output for a second kernel to slide over</source>
      <translation>die erste Schicht hat keine Ausgabe, über die ein zweiter Kernel gleiten könnte</translation>
    </message>
    <message>
      <location filename="../../convviz/state/receptive_field.py" />
      <source>the first output is {rows}×{cols}, smaller than the {krows}×{kcols} second kernel; use a bigger input</source>
      <translation>die erste Ausgabe ist {rows}×{cols}, kleiner als der zweite {krows}×{kcols}-Kernel; eine größere Eingabe verwenden</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Draw</source>
      <translation>Zeichnen</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Draw a stroke</source>
      <translation>Strich zeichnen</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Erase a stroke</source>
      <translation>Strich löschen</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Clear the drawing</source>
      <translation>Zeichnung löschen</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Change the picture</source>
      <translation>Bild ändern</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>the largest of {values}</source>
      <translation>das größte von {values}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>{sum}, divided by {count}</source>
      <translation>{sum}, geteilt durch {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>minus {number}</source>
      <translation>minus {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>minus</source>
      <translation>minus</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>times</source>
      <translation>mal</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>plus</source>
      <translation>plus</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>Step {step} of {count}: output {cell} equals {value}.</source>
      <translation>Schritt {step} von {count}: Ausgabe {cell} ist gleich {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>Channel sums plus bias: {sum}</source>
      <translation>Kanalsummen plus Bias: {sum}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>{sum}, times {factor}</source>
      <translation>{sum}, mal {factor}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>Step {step} of {count}: input {cell}, {value}, times the kernel is added into the output.</source>
      <translation>Schritt {step} von {count}: Eingabe {cell}, {value}, mal den Kernel, wird zur Ausgabe addiert.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_text.py" />
      <source>red</source>
      <translation>Rot</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_text.py" />
      <source>green</source>
      <translation>Grün</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_text.py" />
      <source>blue</source>
      <translation>Blau</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_text.py" />
      <source>channels + bias:</source>
      <translation>Kanäle + Bias:</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>padding {padding} is unknown; give a number of cells, “same” or “valid”</source>
      <translation>Padding {padding} ist unbekannt; eine Zahl von Zellen, „same“ oder „valid“ angeben</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a transposed convolution</source>
      <translation>eine transponierte Faltung</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>“{padding}” padding is for convolutions; {what} takes a number of cells</source>
      <translation>Padding „{padding}“ gilt für Faltungen; {what} nimmt eine Zahl von Zellen</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>padding is one number for every side or two (rows, columns)</source>
      <translation>Padding ist eine Zahl für jede Seite oder zwei (Zeilen, Spalten)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a transposed convolution in the Steps view takes one padding for every side</source>
      <translation>eine transponierte Faltung in der Schritte-Ansicht nimmt ein Padding für jede Seite</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>rows × columns</source>
      <translation>Zeilen × Spalten</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>channels × rows × columns</source>
      <translation>Kanäle × Zeilen × Spalten</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>filters × channels × rows × columns</source>
      <translation>Filter × Kanäle × Zeilen × Spalten</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source> or </source>
      <translation> oder </translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} is {shape}; the Steps view shows at most {side}×{side} ({expected})</source>
      <translation>{what} ist {shape}; die Schritte-Ansicht zeigt höchstens {side}×{side} ({expected})</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} must be a grid of numbers ({expected})</source>
      <translation>{what} muss ein Zahlenraster sein ({expected})</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} must be a non-empty grid of numbers ({expected})</source>
      <translation>{what} muss ein nicht leeres Zahlenraster sein ({expected})</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} contains NaN or infinity; every cell must be a finite number</source>
      <translation>{what} enthält NaN oder Unendlich; jede Zelle muss eine endliche Zahl sein</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} is {rows}×{columns}; the Steps view shows at most {side}×{side}</source>
      <translation>{what} ist {rows}×{columns}; die Schritte-Ansicht zeigt höchstens {side}×{side}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} has {channels} channels; the Steps view shows at most {most}</source>
      <translation>{what} hat {channels} Kanäle; die Schritte-Ansicht zeigt höchstens {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} has {filters} filters; the Steps view steps through at most {most}</source>
      <translation>{what} hat {filters} Filter; die Schritte-Ansicht geht höchstens {most} durch</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>unknown mode {mode}; choose one of {modes}</source>
      <translation>unbekannter Modus {mode}; einen wählen von: {modes}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the input</source>
      <translation>die Eingabe</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the kernel</source>
      <translation>der Kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>"flip" must be true or false, not {value}</source>
      <translation>"flip" muss true oder false sein, nicht {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the input has {channels} channels, so the kernel needs one slice per channel</source>
      <translation>die Eingabe hat {channels} Kanäle, also braucht der Kernel eine Scheibe pro Kanal</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the kernel has {slices} channel slice(s) but the input has {channels} channel(s); they must be equal</source>
      <translation>der Kernel hat {slices} Kanalscheibe(n), die Eingabe aber {channels} Kanal/Kanäle; sie müssen gleich sein</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the Steps view pools one grid at a time; pick one channel of the input to pool</source>
      <translation>die Schritte-Ansicht poolt jeweils ein Raster; einen Kanal der Eingabe zum Poolen wählen</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the Steps view transposes one grid at a time; pick one channel of the input</source>
      <translation>die Schritte-Ansicht transponiert jeweils ein Raster; einen Kanal der Eingabe wählen</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the Steps view transposes with one kernel grid; pick one filter</source>
      <translation>die Schritte-Ansicht transponiert mit einem Kernelraster; einen Filter wählen</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a bias must be a number, one per filter</source>
      <translation>ein Bias muss eine Zahl sein, einer pro Filter</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>there are {filters} filter(s) but {biases} bias value(s); give one per filter</source>
      <translation>es gibt {filters} Filter, aber {biases} Bias-Wert(e); einen pro Filter angeben</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a bias is NaN or infinity; every bias must be a finite number</source>
      <translation>ein Bias ist NaN oder Unendlich; jeder Bias muss eine endliche Zahl sein</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a kernel with a factor written apart (like 1/9) takes no bias in the Steps view</source>
      <translation>ein Kernel mit separat geschriebenem Faktor (wie 1/9) nimmt in der Schritte-Ansicht keinen Bias</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>filter {filter} does not exist; choose 0 to {last}</source>
      <translation>Filter {filter} existiert nicht; 0 bis {last} wählen</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>“{kind}” padding</source>
      <translation>Padding „{kind}“</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source> (top {top}, bottom {bottom}, left {left}, right {right})</source>
      <translation> (oben {top}, unten {bottom}, links {left}, rechts {right})</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>padded by {cells}</source>
      <translation>mit {cells} aufgefüllt</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>1 row</source>
      <translation>1 Zeile</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{count} rows</source>
      <translation>{count} Zeilen</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>1 column</source>
      <translation>1 Spalte</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{count} columns</source>
      <translation>{count} Spalten</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>padded by {rows} and {columns}</source>
      <translation>aufgefüllt um {rows} und {columns}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Vertical edge, 6×6 (slides)</source>
      <translation>Senkrechte Kante, 6×6 (Folien)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Stride 2 on 7×7 (slides)</source>
      <translation>Schrittweite 2 auf 7×7 (Folien)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Padding 1 on 6×6</source>
      <translation>Padding 1 auf 6×6</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Max pooling 2×2, 4×4 (slides)</source>
      <translation>Max-Pooling 2×2, 4×4 (Folien)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Average pooling 2×2, 4×4</source>
      <translation>Mittelwert-Pooling 2×2, 4×4</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Colour 6×6×3, three filters (slides)</source>
      <translation>Farbe 6×6×3, drei Filter (Folien)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Transposed 3×3, stride 2 (upsampling)</source>
      <translation>Transponiert 3×3, Schrittweite 2 (Hochskalieren)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>These settings give no output cells.</source>
      <translation>Diese Einstellungen ergeben keine Ausgabezellen.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>output rows = {formula}</source>
      <translation>Ausgabezeilen = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>output columns = {formula}</source>
      <translation>Ausgabespalten = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/units.py" />
      <source>class score of {digit}</source>
      <translation>Klassenwert von {digit}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/units.py" />
      <source>no test digit has been read yet.</source>
      <translation>es wurde noch keine Testziffer gelesen.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/units.py" />
      <source>{layer} has no unit number {unit}; its units are numbered 1 to {count}.</source>
      <translation>{layer} hat keine Einheit Nummer {unit}; ihre Einheiten sind von 1 bis {count} nummeriert.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/units.py" />
      <source>a chunk holds at least one step, not {chunk}.</source>
      <translation>ein Block enthält mindestens einen Schritt, nicht {chunk}.</translation>
    </message>
    <message>
      <source>How many times the training goes through all 60,000 training digits</source>
      <translation type="vanished">Wie oft das Training alle 60.000 Trainingsziffern durchgeht</translation>
    </message>
    <message>
      <source>loading the digits…</source>
      <translation type="vanished">Ziffern werden geladen…</translation>
    </message>
    <message>
      <source>— the orange cells on the input are the ones it reads (pink: padding).</source>
      <translation type="vanished">— die orangen Zellen der Eingabe sind die, die es liest (rosa: Padding).</translation>
    </message>
    <message>
      <source>pen</source>
      <translation type="vanished">Stift</translation>
    </message>
    <message>
      <source>Products, sum {total}</source>
      <translation type="vanished">Produkte, Summe {total}</translation>
    </message>
    <message>
      <source>, turned 180°</source>
      <translation type="vanished">, um 180° gedreht</translation>
    </message>
    <message>
      <source>
&lt;h2&gt;convviz in five minutes&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Pick a picture&lt;/b&gt;: File ▸ Open sample, File ▸ Open image… (Ctrl+O), drop a file on the
window, or paste one (Ctrl+V).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Convolution&lt;/b&gt; (Ctrl+1): change the kernel's numbers (double-click a cell), choose a preset,
change stride, padding and dilation, and watch the feature map follow. The formula under
“Sliding the window” says why the map has its size.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Click a pixel&lt;/b&gt; of the feature map: the cells it reads light up on the input and the
products panel shows its sum, term by term. The PyTorch panel shows the same computation
as &lt;code&gt;F.conv2d&lt;/code&gt; and checks that it gives the same map.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Activation and pooling&lt;/b&gt; follow the convolution, each with its own map: the path a
CNN layer takes, conv → activation → pool.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Steps&lt;/b&gt; (Ctrl+2) slides the window one position at a time with every number visible;
&lt;b&gt;LeNet&lt;/b&gt; (Ctrl+3) shows a trained network reading a digit you draw.&lt;/li&gt;
&lt;/ol&gt;
&lt;h3&gt;Teaching with it&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Lessons&lt;/b&gt;: the worked examples and concepts of the course, loaded into the right view with a short
explanation (Alt+number, or number keys while presenting). Lessons ▸ Open lesson file… (Ctrl+L)
opens a teacher's own lesson.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Exercises&lt;/b&gt;: predict, then reveal — hide the output cells (H), reveal one (R) or all
(Shift+R); ask for the output size (O); let the class guess the digit before the probabilities.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Presentation&lt;/b&gt; (F11): full screen, larger numbers, Space plays, arrows step, +/− change
speed, P shows a pointer highlight. A presenter remote's Page Down / Page Up step, then go to the next /
previous lesson; B or . blanks the screen (B again brings it back). View ▸ Theme offers light, dark and
high contrast.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Export&lt;/b&gt; (File ▸ Export): a view or a single map as PNG, the sliding window as GIF or
APNG, matrices as CSV.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Sessions&lt;/b&gt;: File ▸ Save session (Ctrl+S) keeps the picture, kernels, settings, step and
edited filters; Edit ▸ Undo (Ctrl+Z) and Redo undo every edit.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Model&lt;/b&gt;: train LeNet yourself, ask &lt;i&gt;Why this digit?&lt;/i&gt;, browse the confusion matrix,
or open your own small model.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Conventions, the same in every view&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Colours follow what a quantity can be&lt;/b&gt;, never what one picture happens to give. Values that can be
negative — kernels and weights, products, a convolution's output (even when this picture gives no negative
value), logits, tanh or leaky ReLU — are blue when negative, white at zero, orange when positive. Values that
cannot be negative — after ReLU or a sigmoid, pooling of those, probabilities — use viridis (dark purple = low,
yellow = high). Pictures are grey. The Steps grids, the maps and the exported files use the same colours; every
map has a colour bar with numbers and every grid cell shows its number, so colour is never the only clue.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Rows and columns are counted from 1&lt;/b&gt;, as the decks write a matrix: the top left cell is row 1, column 1.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Output size&lt;/b&gt; is written as in the decks, ⌊(n + 2p − f) / s⌋ + 1; with dilation d the kernel spans
f = d·(f − 1) + 1 cells, and the dilated form ⌊(n + 2p − d·(f − 1) − 1) / s⌋ + 1 is shown beside it.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;A kernel's factor is written apart&lt;/b&gt;, as the decks write “±1, then ÷ 9”: whole cells with “× 1/9” beside
the grid; the products are summed first and the sum is multiplied by the factor.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Hover over any map to read its values.&lt;/p&gt;
</source>
      <translation type="vanished">
&lt;h2&gt;convviz in fünf Minuten&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Ein Bild wählen&lt;/b&gt;: Datei ▸ Beispiel öffnen, Datei ▸ Bild öffnen… (Strg+O), eine Datei auf das Fenster ziehen
oder eine einfügen (Strg+V).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Faltung&lt;/b&gt; (Strg+1): die Zahlen des Kernels ändern (Doppelklick auf eine Zelle), eine Vorlage wählen,
Schrittweite, Padding und Dilatation ändern und zusehen, wie die Merkmalskarte folgt. Die Formel unter
„Das Fenster verschieben“ sagt, warum die Karte ihre Größe hat.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ein Pixel anklicken&lt;/b&gt; in der Merkmalskarte: Die Zellen, die es liest, leuchten auf der Eingabe auf, und das
Produktfeld zeigt seine Summe Term für Term. Das PyTorch-Feld zeigt dieselbe Rechnung
als &lt;code&gt;F.conv2d&lt;/code&gt; und prüft, dass sie dieselbe Karte ergibt.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Aktivierung und Pooling&lt;/b&gt; folgen auf die Faltung, jede mit eigener Karte: der Weg einer
CNN-Schicht, Faltung → Aktivierung → Pooling.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Schritte&lt;/b&gt; (Strg+2) schiebt das Fenster Position für Position, jede Zahl sichtbar;
&lt;b&gt;LeNet&lt;/b&gt; (Strg+3) zeigt ein trainiertes Netz, das eine von Ihnen gezeichnete Ziffer liest.&lt;/li&gt;
&lt;/ol&gt;
&lt;h3&gt;Damit unterrichten&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Lektionen&lt;/b&gt;: die Rechenbeispiele und Konzepte des Kurses, in der passenden Ansicht mit einer kurzen
Erklärung geladen (Alt+Nummer, oder Zifferntasten beim Präsentieren). Lektionen ▸ Lektionsdatei öffnen… (Strg+L)
öffnet eine eigene Lektion einer Lehrkraft.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Übungen&lt;/b&gt;: vorhersagen, dann aufdecken — Ausgabezellen verbergen (H), eine aufdecken (R) oder alle
(Umschalt+R); nach der Ausgabegröße fragen (O); die Klasse die Ziffer raten lassen, bevor die Wahrscheinlichkeiten kommen.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Präsentation&lt;/b&gt; (F11): Vollbild, größere Zahlen, Leertaste spielt ab, Pfeile gehen schrittweise, +/− ändern
das Tempo, P zeigt einen Zeigerkreis. Bild ab / Bild auf einer Präsentationsfernbedienung gehen schrittweise, dann zur nächsten /
vorherigen Lektion; B oder . schwärzt den Bildschirm (noch einmal B holt ihn zurück). Ansicht ▸ Design bietet hell, dunkel und
hohen Kontrast.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Export&lt;/b&gt; (Datei ▸ Exportieren): eine Ansicht oder eine einzelne Karte als PNG, das gleitende Fenster als GIF oder
APNG, Matrizen als CSV.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Sitzungen&lt;/b&gt;: Datei ▸ Sitzung speichern (Strg+S) bewahrt Bild, Kernel, Einstellungen, Schritt und
bearbeitete Filter; Bearbeiten ▸ Rückgängig (Strg+Z) und Wiederholen machen jede Änderung rückgängig.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Modell&lt;/b&gt;: LeNet selbst trainieren, &lt;i&gt;Warum diese Ziffer?&lt;/i&gt; fragen, die Konfusionsmatrix durchsehen
oder ein eigenes kleines Modell öffnen.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Konventionen, in jeder Ansicht gleich&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Farben folgen dem, was eine Größe sein kann&lt;/b&gt;, nie dem, was ein Bild zufällig ergibt. Werte, die negativ sein
können — Kernel und Gewichte, Produkte, die Ausgabe einer Faltung (auch wenn dieses Bild keinen negativen Wert ergibt),
Logits, tanh oder Leaky ReLU — sind blau, wenn negativ, weiß bei null, orange, wenn positiv. Werte, die
nicht negativ sein können — nach ReLU oder einer Sigmoid-Funktion, deren Pooling, Wahrscheinlichkeiten — nutzen viridis (dunkelviolett = niedrig,
gelb = hoch). Bilder sind grau. Die Raster der Schritte-Ansicht, die Karten und die exportierten Dateien nutzen dieselben Farben; jede
Karte hat eine Farbleiste mit Zahlen und jede Rasterzelle zeigt ihre Zahl, Farbe ist also nie der einzige Hinweis.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Zeilen und Spalten werden ab 1 gezählt&lt;/b&gt;, wie die Folien eine Matrix schreiben: Die Zelle oben links ist Zeile 1, Spalte 1.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Die Ausgabegröße&lt;/b&gt; wird wie in den Folien geschrieben, ⌊(n + 2p − f) / s⌋ + 1; mit Dilatation d überspannt der Kernel
f = d·(f − 1) + 1 Zellen, und die dilatierte Form ⌊(n + 2p − d·(f − 1) − 1) / s⌋ + 1 steht daneben.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Der Faktor eines Kernels steht für sich&lt;/b&gt;, wie die Folien „±1, dann ÷ 9“ schreiben: ganze Zellen mit „× 1/9“ neben
dem Raster; die Produkte werden zuerst summiert, dann wird die Summe mit dem Faktor multipliziert.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Fahren Sie mit der Maus über eine Karte, um ihre Werte zu lesen.&lt;/p&gt;
</translation>
    </message>
  </context>
</TS>
