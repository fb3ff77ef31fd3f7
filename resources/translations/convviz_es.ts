<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
  <context>
    <name>convviz</name>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>size must look like 1600x1000, not {text!r}</source>
      <translation>el tamaño debe tener la forma 1600x1000, no {text!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>screenshots are at least {width}x{height}</source>
      <translation>las capturas de pantalla miden al menos {width}x{height}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>--lesson takes a lesson number such as 16, not {text!r}</source>
      <translation>--lesson espera un número de lección, como 16, no {text!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>lessons are numbered from 1, so there is no lesson {number}</source>
      <translation>las lecciones se numeran desde 1, así que no hay ninguna lección {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>there is no theme {text!r}; choose one of {choices}</source>
      <translation>no hay ningún tema {text!r}; elige uno de {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>there is no language {text!r}; choose one of {choices}</source>
      <translation>no hay ningún idioma {text!r}; elige uno de {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>usage: </source>
      <translation>uso: </translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>unrecognized arguments: {arguments}</source>
      <translation>argumentos no reconocidos: {arguments}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{option} needs a value after it</source>
      <translation>{option} necesita un valor a continuación</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{option} is a switch and takes no value (got {value})</source>
      <translation>{option} es un interruptor y no lleva valor (se recibió {value})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{option} is short for several options ({choices}); write it out</source>
      <translation>{option} abrevia varias opciones ({choices}); escríbela completa</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{option}: {problem}</source>
      <translation>{option}: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{program}: error: {message}</source>
      <translation>{program}: error: {message}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>See convolutional neural networks work.</source>
      <translation>Ver trabajar las redes neuronales convolucionales.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>options</source>
      <translation>opciones</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>show this help and exit</source>
      <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>PATH</source>
      <translation>RUTA</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>open this picture at start</source>
      <translation>abrir esta imagen al iniciar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>NAME</source>
      <translation>NOMBRE</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>start on this view: {views}</source>
      <translation>empezar en esta vista: {views}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>render --view offscreen to this PNG and exit</source>
      <translation>dibujar --view fuera de pantalla en este PNG y salir</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>screenshot size, e.g. 1600x1000</source>
      <translation>tamaño de la captura, p. ej. 1600x1000</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>add convviz to this user's application menu (Linux) and exit</source>
      <translation>añadir convviz al menú de aplicaciones de este usuario (Linux) y salir</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>remove what --install-desktop-entry added and exit</source>
      <translation>quitar lo que añadió --install-desktop-entry y salir</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>open in presentation mode (F11)</source>
      <translation>abrir en modo presentación (F11)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>open built-in lesson N in its view</source>
      <translation>abrir la lección integrada N en su vista</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>system, light, dark or high-contrast, for this run only (the saved choice stays)</source>
      <translation>system, light, dark o high-contrast, solo para esta ejecución (la elección guardada se mantiene)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>LANG</source>
      <translation>IDIOMA</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>system, en, de, es, fr or zh_CN, for this run only (the saved choice stays)</source>
      <translation>system, en, de, es, fr o zh_CN, solo para esta ejecución (la elección guardada se mantiene)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: there is no view called {view!r}; choose one of {choices}.</source>
      <translation>convviz: no hay ninguna vista llamada {view!r}; elige una de {choices}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: {problem}</source>
      <translation>convviz: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: --screenshot needs --view NAME (for example --view convolution) or --lesson N.</source>
      <translation>convviz: --screenshot necesita --view NOMBRE (por ejemplo --view convolution) o --lesson N.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: the {view!r} view is not installed in this version.</source>
      <translation>convviz: la vista {view!r} no está instalada en esta versión.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: desktop entries are a Linux (freedesktop) feature; on this system, start convviz from a terminal or make a shortcut to it.</source>
      <translation>convviz: las entradas de escritorio son una función de Linux (freedesktop); en este sistema, inicia convviz desde una terminal o crea un acceso directo a él.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: added {entry} and its icon {icon}; remove them with --uninstall-desktop-entry.</source>
      <translation>convviz: se añadieron {entry} y su icono {icon}; quítalos con --uninstall-desktop-entry.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: removed {files}</source>
      <translation>convviz: eliminado: {files}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: removed nothing (no entry was there).</source>
      <translation>convviz: no se eliminó nada (no había ninguna entrada).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: could not change the desktop entry: {reason}.</source>
      <translation>convviz: no se pudo cambiar la entrada de escritorio: {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>there is no lesson {number}; the built-in lessons are numbered {first} to {last}.</source>
      <translation>no hay ninguna lección {number}; las lecciones integradas van de la {first} a la {last}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>--image and --lesson both choose the picture; lesson {number} brings its own, so give one.</source>
      <translation>--image y --lesson eligen ambas la imagen; la lección {number} trae la suya, así que indica solo una.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>lesson {number} is shown in the {view} view, not the {asked} view; leave out --view.</source>
      <translation>la lección {number} se muestra en la vista {view}, no en la vista {asked}; quita --view.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>lesson {number} is shown in the lesson panel (it is a concept lesson), not the {asked} view; leave out --view.</source>
      <translation>la lección {number} se muestra en el panel de la lección (es una lección de concepto), no en la vista {asked}; quita --view.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: there is no file {path}; check the name and the folder.</source>
      <translation>convviz: no existe el archivo {path}; comprueba el nombre y la carpeta.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: {path} is a folder; --image needs a picture file.</source>
      <translation>convviz: {path} es una carpeta; --image necesita un archivo de imagen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: {path} cannot be read (no permission to read it).</source>
      <translation>convviz: no se puede leer {path} (no hay permiso para leerlo).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>could not open {path}: {reason}</source>
      <translation>no se pudo abrir {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: lesson {number} did not finish within {seconds:.0f} s.</source>
      <translation>convviz: la lección {number} no terminó en {seconds:.0f} s.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: the {view} view did not finish within {seconds:.0f} s.</source>
      <translation>convviz: la vista {view} no terminó en {seconds:.0f} s.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: the {width}x{height} window could not hold this view: its layout needs {need_width}x{need_height}, so the picture is {got_width}x{got_height}.</source>
      <translation>convviz: la ventana de {width}x{height} no da cabida a esta vista: su diseño necesita {need_width}x{need_height}, así que la imagen queda de {got_width}x{got_height}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: could not write the screenshot to {path}.</source>
      <translation>convviz: no se pudo escribir la captura de pantalla en {path}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: saved {width}x{height} screenshot of the window to {path}</source>
      <translation>convviz: captura de pantalla de la ventana ({width}x{height}) guardada en {path}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Pictures</source>
      <translation>Imágenes</translation>
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
&lt;h2&gt;convviz en cinco minutos&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Elige una imagen&lt;/b&gt;: Archivo ▸ Abrir ejemplo, Archivo ▸ Abrir imagen… (Ctrl+O), suelta un archivo en la
ventana o pega una (Ctrl+V).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Convolución&lt;/b&gt; (Ctrl+1): cambia los números del kernel (doble clic en una celda), elige un predefinido,
cambia el paso, el relleno y la dilatación, y mira cómo le sigue el mapa de características. La fórmula bajo
«Deslizar la ventana» explica por qué el mapa tiene ese tamaño.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Haz clic en un píxel&lt;/b&gt; del mapa de características: las celdas que lee se iluminan en la entrada y el
panel de productos muestra su suma, término a término. El panel de PyTorch muestra el mismo cálculo
con &lt;code&gt;F.conv2d&lt;/code&gt; y comprueba que da el mismo mapa.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;La activación y el pooling&lt;/b&gt; siguen a la convolución, cada uno con su propio mapa: el camino de una
capa de una CNN, convolución → activación → pooling.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Pasos&lt;/b&gt; (Ctrl+2) desliza la ventana posición a posición con todos los números a la vista;
&lt;b&gt;LeNet&lt;/b&gt; (Ctrl+3) muestra una red entrenada leyendo un dígito que dibujas.&lt;/li&gt;
&lt;/ol&gt;
&lt;h3&gt;Enseñar con convviz&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Lecciones&lt;/b&gt;: los ejemplos resueltos y los conceptos del curso, cargados en la vista adecuada con una breve
explicación (Alt+número, o las teclas numéricas al presentar). Lecciones ▸ Abrir archivo de lección… (Ctrl+L)
abre una lección propia del profesor.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ejercicios&lt;/b&gt;: predecir y luego revelar — oculta las celdas de salida (H), revela una (R) o todas
(Mayús+R); pregunta por el tamaño de la salida (O); deja que la clase adivine el dígito antes de las probabilidades.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Presentación&lt;/b&gt; (F11): pantalla completa, números más grandes, Espacio reproduce, las flechas avanzan paso a paso, +/− cambian
la velocidad, P muestra un círculo en el puntero. Av Pág / Re Pág de un mando de presentaciones avanzan paso a paso y luego pasan a la lección
siguiente / anterior; B o . ponen la pantalla en negro (B otra vez la recupera). Ver ▸ Tema ofrece claro, oscuro y
alto contraste.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Exportar&lt;/b&gt; (Archivo ▸ Exportar): una vista o un solo mapa como PNG, la ventana deslizante como GIF o
APNG, matrices como CSV.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Sesiones&lt;/b&gt;: Archivo ▸ Guardar sesión (Ctrl+S) conserva la imagen, los kernels, los ajustes, el paso y
los filtros editados; Editar ▸ Deshacer (Ctrl+Z) y Rehacer deshacen cada cambio.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Modelo&lt;/b&gt;: entrena LeNet tú mismo, pregunta &lt;i&gt;¿Por qué este dígito?&lt;/i&gt;, recorre la matriz de confusión
o abre tu propio modelo pequeño. &lt;i&gt;Dígitos de la clase&lt;/i&gt; (Ctrl+Mayús+D): dibuja los dígitos de tu propia clase,
pulsa la tecla de cada uno, mira cómo los lee la red junto a MNIST y afínala con ellos.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Convenciones, iguales en todas las vistas&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Los colores siguen lo que una magnitud puede valer&lt;/b&gt;, nunca lo que da una imagen concreta. Los valores que pueden ser
negativos — kernels y pesos, productos, la salida de una convolución (aunque esta imagen no dé ningún valor negativo),
logits, tanh o leaky ReLU — son azules si son negativos, blancos en cero y naranjas si son positivos. Los valores que
no pueden ser negativos — tras ReLU o una sigmoide, su pooling, probabilidades — usan viridis (morado oscuro = bajo,
amarillo = alto). Las imágenes son grises. Las cuadrículas de Pasos, los mapas y los archivos exportados usan los mismos colores; cada
mapa tiene una barra de color con números y cada celda muestra su número, así que el color nunca es la única pista.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Filas y columnas se cuentan desde 1&lt;/b&gt;, como escriben las diapositivas una matriz: la celda de arriba a la izquierda es la fila 1, columna 1.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;El tamaño de salida&lt;/b&gt; se escribe como en las diapositivas, ⌊(n + 2p − f) / s⌋ + 1; con dilatación d el kernel abarca
f = d·(f − 1) + 1 celdas, y la forma dilatada ⌊(n + 2p − d·(f − 1) − 1) / s⌋ + 1 aparece al lado.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;El factor de un kernel se escribe aparte&lt;/b&gt;, como escriben las diapositivas «±1, luego ÷ 9»: celdas enteras con «× 1/9» junto a
la cuadrícula; primero se suman los productos y luego la suma se multiplica por el factor.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Pasa el ratón por cualquier mapa para leer sus valores.&lt;/p&gt;
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
&lt;h3&gt;Teclado y lectores de pantalla&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Sin ratón&lt;/b&gt;: Tab y Mayús+Tab pasan de un control a otro; un anillo grueso en el color de resalte muestra
adónde van las teclas. Alt abre los menús (Alt + la letra subrayada). Ctrl+1, Ctrl+2, Ctrl+3 cambian de vista.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Cuadrículas de números&lt;/b&gt;: las flechas pasan de una celda a otra; escribe un número, o pulsa Intro o F2, para cambiar una celda;
Intro lo aplica, Esc lo cancela; Tab recorre las celdas de una cuadrícula de kernel o de entrada y luego sale de ella.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Mapas&lt;/b&gt;: con un mapa de características enfocado, las flechas eligen un píxel y su suma se muestra término a término, como
con un clic; en la vista LeNet eligen un mapa o una unidad para examinar.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Pasos&lt;/b&gt;: Espacio reproduce o pausa, las flechas avanzan paso a paso, Inicio/Fin van al primer/último paso, + y − cambian
la velocidad. Un lector de pantalla oye la aritmética de cada paso, «salida fila 2, columna 3 es igual a …».&lt;/li&gt;
&lt;li&gt;&lt;b&gt;LeNet&lt;/b&gt;: dibujar requiere ratón o lápiz; con el teclado, elige «un 0» … «un 9» en la lista junto a
&lt;b&gt;Dígito de prueba&lt;/b&gt; y pulsa Dígito de prueba (Espacio), o abre una foto de un dígito.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ver ▸ Reducir movimiento&lt;/b&gt;: nada se mueve solo (sin reproducción automática ni menús deslizantes); los pasos llegan cuando
los pides. Se conserva para el próximo inicio.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Todos los atajos&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Archivo&lt;/b&gt;: Ctrl+O abrir una imagen · Ctrl+V pegar una · Ctrl+S guardar la sesión · Ctrl+Mayús+S guardarla como ·
Ctrl+Alt+O abrir una sesión · Ctrl+Q salir.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Editar&lt;/b&gt;: Ctrl+Z deshacer (también Alt+Retroceso) · Ctrl+Mayús+Z o Ctrl+Y rehacer (también Alt+Mayús+Retroceso).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ver&lt;/b&gt;: Ctrl+1 Convolución · Ctrl+2 Pasos · Ctrl+3 LeNet · F11 modo presentación · Ctrl+Mayús+P círculo en el puntero
(P al presentar) · B pantalla en negro al presentar.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Lecciones&lt;/b&gt;: Alt+número abre una lección · Alt+Derecha / Alt+Izquierda la lección siguiente / anterior · Ctrl+L un archivo
de lección. &lt;b&gt;Ejercicios&lt;/b&gt;: H ocultar las respuestas · R revelar la siguiente · Mayús+R revelar todas · O preguntar el tamaño de la salida.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Modelo&lt;/b&gt;: Ctrl+T entrenar LeNet · Ctrl+Mayús+W ¿por qué este dígito? · Ctrl+Mayús+M matriz de confusión ·
Ctrl+Mayús+U qué busca cada unidad · Ctrl+Mayús+O abrir tu propio modelo.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ayuda&lt;/b&gt;: F1 esta Guía.&lt;/li&gt;
&lt;/ul&gt;
</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&lt;p&gt;&lt;b&gt;Floating panels&lt;/b&gt;: on a narrow window the model panels float as windows of their own, outside the Tab order. F6 (Model ▸ Go to the floating panel) moves the keyboard into the first, on to the next, and from the last back to the main window.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Paneles flotantes&lt;/b&gt;: en una ventana estrecha, los paneles del modelo flotan como ventanas propias, fuera del orden de Tab. F6 (Modelo ▸ Ir al panel flotante) lleva el teclado al primero, luego al siguiente, y del último de vuelta a la ventana principal.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Convolution</source>
      <translation>Convolución</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Steps</source>
      <translation>Pasos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Loading the {view} view…</source>
      <translation>Cargando la vista {view}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>see convolutional networks work</source>
      <translation>ver trabajar las redes convolucionales</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>No views are installed.</source>
      <translation>No hay vistas instaladas.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Compute</source>
      <translation>Cálculo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Compute on:</source>
      <translation>Calcular en:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Where the views compute: the CPU, or a GPU when one is present</source>
      <translation>Dónde calculan las vistas: en la CPU o en una GPU si la hay</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>compute device</source>
      <translation>dispositivo de cálculo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Open image…</source>
      <translation>&amp;Abrir imagen…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Open &amp;sample</source>
      <translation>Abrir &amp;ejemplo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Paste picture</source>
      <translation>&amp;Pegar imagen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Recent files</source>
      <translation>Archivos &amp;recientes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>{view} (not installed yet)</source>
      <translation>{view} (aún no instalada)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Full screen</source>
      <translation>Pantalla &amp;completa</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Guide</source>
      <translation>&amp;Guía</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;About convviz</source>
      <translation>&amp;Acerca de convviz</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Where the last update was computed and how long it took</source>
      <translation>Dónde se calculó la última actualización y cuánto tardó</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Loading…</source>
      <translation>Cargando…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Ready.</source>
      <translation>Listo.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>The {view} view could not start: {problem}</source>
      <translation>La vista {view} no pudo iniciarse: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>The {view} view could not start:</source>
      <translation>La vista {view} no pudo iniciarse:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Open a picture</source>
      <translation>Abrir una imagen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Opening {file}…</source>
      <translation>Abriendo {file}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Could not paste: {problem} The previous picture stays.</source>
      <translation>No se pudo pegar: {problem} Se mantiene la imagen anterior.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>The clipboard holds no picture: copy an image or a picture file first.</source>
      <translation>El portapapeles no contiene ninguna imagen: copia antes una imagen o un archivo de imagen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>colour</source>
      <translation>color</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>grey</source>
      <translation>gris</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Picture: {picture} ({w}×{h}, {kind}).</source>
      <translation>Imagen: {picture} ({w}×{h}, {kind}).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Could not open that picture: {problem} The previous picture stays.</source>
      <translation>No se pudo abrir esa imagen: {problem} Se mantiene la imagen anterior.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Clear the list</source>
      <translation>Vaciar la lista</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>(none yet)</source>
      <translation>(ninguno aún)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>convviz guide</source>
      <translation>Guía de convviz</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>About convviz</source>
      <translation>Acerca de convviz</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>{name} is a folder, not a picture.</source>
      <translation>{name} es una carpeta, no una imagen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>not loaded yet</source>
      <translation>aún no cargado</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>compute devices</source>
      <translation>dispositivos de cálculo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>See convolutional neural networks work: live convolution, the sliding window step by step, and a trained LeNet layer by layer. MIT licence.</source>
      <translation>Ver trabajar las redes neuronales convolucionales: convolución en vivo, la ventana deslizante paso a paso y una LeNet entrenada capa por capa. Licencia MIT.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Data shipped with convviz</source>
      <translation>Datos incluidos con convviz</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>known once torch has loaded</source>
      <translation>se sabrá cuando torch se haya cargado</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>CPU ({threads} threads)</source>
      <translation>CPU ({threads} hilos)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/platform_check.py" />
      <source>convviz: Qt cannot open a window here: the system lacks {libraries}.</source>
      <translation>convviz: Qt no puede abrir una ventana aquí: al sistema le faltan {libraries}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/platform_check.py" />
      <source>Install them, then start convviz again:</source>
      <translation>Instálalas y vuelve a iniciar convviz:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/platform_check.py" />
      <source>(Without a desktop, QT_QPA_PLATFORM=offscreen runs convviz's screenshots and tests.)</source>
      <translation>(Sin escritorio, QT_QPA_PLATFORM=offscreen permite ejecutar las capturas de pantalla y las pruebas de convviz.)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;System</source>
      <translation>&amp;Sistema</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;Light</source>
      <translation>&amp;Claro</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;Dark</source>
      <translation>&amp;Oscuro</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;High contrast</source>
      <translation>Alto &amp;contraste</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;Theme</source>
      <translation>&amp;Tema</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>Light or dark, as the desktop is set; follows it when it changes</source>
      <translation>Claro u oscuro según el escritorio; lo sigue cuando cambia</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>Pure black on white, no grey text: best on a washed-out projector</source>
      <translation>Negro puro sobre blanco, sin texto gris: lo mejor para un proyector desvaído</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/accessibility/reduced_motion.py" />
      <source>Reduce &amp;motion</source>
      <translation>Reducir &amp;movimiento</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/accessibility/reduced_motion.py" />
      <source>Nothing moves by itself: no autoplay of the steps, no sliding or fading menus</source>
      <translation>Nada se mueve solo: sin reproducción automática de los pasos, sin menús que se deslizan o se desvanecen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/fine_tune_runner.py" />
      <source>Fine-tuning failed: {error}</source>
      <translation>El afinado falló: {error}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Class digits</source>
      <translation>Dígitos de la clase</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{value}%</source>
      <translation>{value} %</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>every layer (conv1 … fc3)</source>
      <translation>todas las capas (conv1 … fc3)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>the last layer ({name})</source>
      <translation>la última capa ({name})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>the last {count} layers ({names})</source>
      <translation>las últimas {count} capas ({names})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{count} class digits that are {true}s, read right</source>
      <translation>{count} dígitos de la clase que son {true}, bien leídos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{count} class digits that are {true}s, read as {predicted} · click to list them</source>
      <translation>{count} dígitos de la clase que son {true}, leídos como {predicted} · haz clic para listarlos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Does the network read &lt;b&gt;your class's&lt;/b&gt; handwriting? Draw a digit, then press its key (0–9). Save the collection; a teacher merges the files of every machine.</source>
      <translation>¿Lee la red la letra de &lt;b&gt;tu clase&lt;/b&gt;? Dibuja un dígito y pulsa su tecla (0–9). Guarda la colección; un profesor une los archivos de todos los equipos.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Draw and label</source>
      <translation>Dibujar y etiquetar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Draw one digit, then press its key (0–9) or click its button</source>
      <translation>Dibuja un dígito y pulsa su tecla (0–9) o haz clic en su botón</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>This drawing is a {digit} (key {digit})</source>
      <translation>Este dibujo es un {digit} (tecla {digit})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Undo stroke</source>
      <translation>Deshacer trazo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Clear</source>
      <translation>Borrar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Remove last digit</source>
      <translation>Quitar el último dígito</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Take back the digit added last (labelled by mistake)</source>
      <translation>Retirar el último dígito añadido (etiquetado por error)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Add from files…</source>
      <translation>Añadir desde archivos…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Merge class digits files (from several machines): a digit in two files is kept once</source>
      <translation>Unir archivos de dígitos de la clase (de varios equipos): un dígito presente en dos archivos se guarda una vez</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Save as…</source>
      <translation>Guardar como…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Start over</source>
      <translation>Empezar de nuevo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Empty the collection (the files saved stay as they are)</source>
      <translation>Vaciar la colección (los archivos guardados no cambian)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Then press its key, or click:</source>
      <translation>Luego pulsa su tecla, o haz clic:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>How the network reads them</source>
      <translation>Cómo los lee la red</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Fine-tune on the class digits</source>
      <translation>Afinar con los dígitos de la clase</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Only these layers learn; the others keep the weights you see</source>
      <translation>Solo aprenden estas capas; las demás conservan los pesos que ves</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source> epochs</source>
      <translation> épocas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Fine-tune</source>
      <translation>Afinar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>A quarter of each digit's drawings is kept aside to measure on; the network learns from the rest</source>
      <translation>Un cuarto de los dibujos de cada dígito se aparta para medir; la red aprende del resto</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Stop</source>
      <translation>Detener</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Learns from the class digits, starting from the weights shown.</source>
      <translation>Aprende de los dígitos de la clase, partiendo de los pesos mostrados.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>read right</source>
      <translation>leídos bien</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>before</source>
      <translation>antes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>after</source>
      <translation>después</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>change</source>
      <translation>cambio</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Show the fine-tuned network in the explorer</source>
      <translation>Mostrar la red afinada en el explorador</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Draw a digit first, then press its key.</source>
      <translation>Dibuja primero un dígito y luego pulsa su tecla.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Added a {digit}: {count} class digits.</source>
      <translation>Añadido un {digit}: {count} dígitos de la clase.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Took back the last digit: {count} class digits.</source>
      <translation>Retirado el último dígito: {count} dígitos de la clase.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Start over?</source>
      <translation>¿Empezar de nuevo?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>The {count} class digits are not saved. Empty the collection anyway?</source>
      <translation>Los {count} dígitos de la clase no están guardados. ¿Vaciar la colección de todos modos?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>No class digits yet.</source>
      <translation>Aún no hay dígitos de la clase.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{digit}: {count}</source>
      <translation>{digit}: {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>&lt;b&gt;{count}&lt;/b&gt; class digits · {each}</source>
      <translation>&lt;b&gt;{count}&lt;/b&gt; dígitos de la clase · {each}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Add class digits files</source>
      <translation>Añadir archivos de dígitos de la clase</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Added {added} digits from {files} files ({dropped} already there): {count} class digits.</source>
      <translation>Añadidos {added} dígitos de {files} archivos ({dropped} ya estaban): {count} dígitos de la clase.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Some files were not added</source>
      <translation>Algunos archivos no se añadieron</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Added {added} class digits.</source>
      <translation>Añadidos {added} dígitos de la clase.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Save the class digits</source>
      <translation>Guardar los dígitos de la clase</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>class-digits</source>
      <translation>digitos-de-la-clase</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>The class digits were not saved: {error}</source>
      <translation>Los dígitos de la clase no se guardaron: {error}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Saved {count} class digits to {name} ({size} kB).</source>
      <translation>Guardados {count} dígitos de la clase en {name} ({size} kB).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Misread digits (click one to see it in the LeNet explorer):</source>
      <translation>Dígitos mal leídos (haz clic en uno para verlo en el explorador de LeNet):</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>The class digits could not be read: {error}</source>
      <translation>No se pudieron leer los dígitos de la clase: {error}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Open the LeNet explorer: the network it shows reads the class digits.</source>
      <translation>Abre el explorador de LeNet: la red que muestra es la que lee los dígitos de la clase.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>&lt;b&gt;{name}&lt;/b&gt; reads {mnist} of the MNIST test digits right. Draw class digits to compare.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt; lee bien {mnist} de los dígitos de prueba de MNIST. Dibuja dígitos de la clase para comparar.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>&lt;b&gt;{name}&lt;/b&gt; is reading the class digits…</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt; está leyendo los dígitos de la clase…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>&lt;b&gt;{name}&lt;/b&gt; reads &lt;b&gt;{class_accuracy}&lt;/b&gt; of the {count} class digits right ({right}), and &lt;b&gt;{mnist}&lt;/b&gt; of the 10,000 MNIST test digits.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt; lee bien &lt;b&gt;{class_accuracy}&lt;/b&gt; de los {count} dígitos de la clase ({right}) y &lt;b&gt;{mnist}&lt;/b&gt; de los 10 000 dígitos de prueba de MNIST.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{true}s read right:</source>
      <translation>{true} bien leídos:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{true}s read as {predicted}:</source>
      <translation>{true} leídos como {predicted}:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>class digit {number}: a {label}, read as {read_as} · click to see it in the LeNet explorer</source>
      <translation>dígito de la clase {number}: un {label}, leído como {read_as} · haz clic para verlo en el explorador de LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>No class digit is misread.</source>
      <translation>Ningún dígito de la clase se lee mal.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>class digit {number} (a {label})</source>
      <translation>dígito de la clase {number} (un {label})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Fine-tuning works on LeNet networks; your own model runs sealed in a sandbox</source>
      <translation>El afinado funciona con redes LeNet; tu propio modelo se ejecuta aislado en un entorno cerrado</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Draw at least two of a digit: one is kept aside to measure on</source>
      <translation>Dibuja al menos dos de un mismo dígito: uno se aparta para medir</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Fine-tuning {layers} of {name}…</source>
      <translation>Afinando {layers} de {name}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Epoch {epoch} of {epochs}: loss {loss}, {accuracy} of the training class digits right</source>
      <translation>Época {epoch} de {epochs}: pérdida {loss}, {accuracy} de los dígitos de la clase de entrenamiento bien</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Stopped after {done} of {epochs} epochs</source>
      <translation>Detenido tras {done} de {epochs} épocas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{done} epochs</source>
      <translation>{done} épocas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{how} on {learnt} class digits ({layers}); {held} held out to measure on, in {seconds} s.</source>
      <translation>{how} con {learnt} dígitos de la clase ({layers}); {held} apartados para medir, en {seconds} s.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>held-out class digits ({count})</source>
      <translation>dígitos de la clase apartados ({count})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>MNIST test digits ({count})</source>
      <translation>dígitos de prueba de MNIST ({count})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{right} of {count} right</source>
      <translation>{right} de {count} bien</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{percent} ({right} of {count})</source>
      <translation>{percent} ({right} de {count})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{sign}{points} points</source>
      <translation>{sign}{points} puntos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Class &amp;digits…</source>
      <translation>&amp;Dígitos de la clase…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Draw and label your class's own digits: how well does the network read them?</source>
      <translation>Dibuja y etiqueta los dígitos de tu propia clase: ¿los lee bien la red?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>&amp;Fine-tune on class digits…</source>
      <translation>&amp;Afinar con los dígitos de la clase…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>The explorer reads {name}.</source>
      <translation>El explorador lee {name}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>fine-tuned on {count} class digits, stopped after {epochs} epochs</source>
      <translation>afinada con {count} dígitos de la clase, detenida tras {epochs} épocas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>fine-tuned on {count} class digits, after {epochs} epochs</source>
      <translation>afinada con {count} dígitos de la clase, tras {epochs} épocas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Fine-tuned on class digits</source>
      <translation>Afinada con dígitos de la clase</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Fine-tuned: choose “Fine-tuned on class digits” under the explorer to look inside.</source>
      <translation>Afinada: elige «Afinada con dígitos de la clase» bajo el explorador para mirar dentro.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Save the class digits?</source>
      <translation>¿Guardar los dígitos de la clase?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>The {count} class digits drawn here are not saved. Save them before closing?</source>
      <translation>Los {count} dígitos de la clase dibujados aquí no están guardados. ¿Guardarlos antes de cerrar?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>These settings give no output to guess.</source>
      <translation>Estos ajustes no dan ninguna salida que adivinar.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Right: {value}.</source>
      <translation>Correcto: {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Not {guess}. Try again, or reveal the cell (R).</source>
      <translation>No es {guess}. Inténtalo otra vez o revela la celda (R).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Not {guess}: the true value is {value}.</source>
      <translation>No es {guess}: el valor real es {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>rows = columns = {formula}</source>
      <translation>filas = columnas = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>rows = {formula}</source>
      <translation>filas = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>columns = {formula}</source>
      <translation>columnas = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>no output</source>
      <translation>sin salida</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>How big is the output?</source>
      <translation>¿Qué tamaño tiene la salida?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>output side = {formula}</source>
      <translation>lado de salida = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Answer the size question to step through</source>
      <translation>Responde a la pregunta del tamaño para avanzar paso a paso</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>a {kh}×{kw} kernel</source>
      <translation>un kernel {kh}×{kw}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>, dilation {dilation}</source>
      <translation>, dilatación {dilation}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>a transposed convolution with {kernel}</source>
      <translation>una convolución traspuesta con {kernel}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>, output padding {padding}</source>
      <translation>, relleno de salida {padding}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>max pooling {k}×{k}</source>
      <translation>max pooling {k}×{k}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>average pooling {k}×{k}</source>
      <translation>pooling promedio {k}×{k}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>A {rows}×{cols} input, {what}, padding {padding}, stride {stride}: how many rows × columns does the output have?</source>
      <translation>Una entrada {rows}×{cols}, {what}, relleno {padding}, paso {stride}: ¿cuántas filas × columnas tiene la salida?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>no output: {problem}</source>
      <translation>sin salida: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Not {guess}. Try again, or reveal the size (Shift+R).</source>
      <translation>No es {guess}. Inténtalo otra vez o revela el tamaño (Mayús+R).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Right: the output is {size}.</source>
      <translation>Correcto: la salida es {size}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>The output is {size}.</source>
      <translation>La salida es {size}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Which digit?</source>
      <translation>¿Qué dígito?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>How sure? Guess first, then reveal.</source>
      <translation>¿Con qué seguridad? Primero adivina, luego revela.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>The network has not read a digit yet: draw one or pick a test digit.</source>
      <translation>La red aún no ha leído ningún dígito: dibuja uno o elige un dígito de prueba.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Enter a digit from 0 to 9 and how sure the class is, from 0 % to 100 %.</source>
      <translation>Introduce un dígito de 0 a 9 y la seguridad de la clase, de 0 % a 100 %.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>You said {digit}, {confidence} sure. The network reads {winner}, {sure} sure.</source>
      <translation>Dijisteis {digit}, con {confidence} de seguridad. La red lee {winner}, con {sure}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Same digit.</source>
      <translation>Mismo dígito.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>A different digit: the network gives your {digit} only {share}.</source>
      <translation>Otro dígito: la red da a tu {digit} solo {share}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>It is about as sure as you were.</source>
      <translation>Está más o menos tan segura como vosotros.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>It is more sure than you were.</source>
      <translation>Está más segura que vosotros.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>It is less sure than you were.</source>
      <translation>Está menos segura que vosotros.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>The test digit's true label is {label}.</source>
      <translation>La etiqueta real del dígito de prueba es {label}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Cover the output and ask the class how big it will be.</source>
      <translation>Tapa la salida y pregunta a la clase qué tamaño tendrá.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>predict, then reveal</source>
      <translation>predecir y luego revelar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The exercises of the view on screen</source>
      <translation>Los ejercicios de la vista en pantalla</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the output cells</source>
      <translation>Ocultar las celdas de salida</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the output cells so the class can predict them</source>
      <translation>Ocultar las celdas de salida para que la clase las prediga</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>the class's guess for the highlighted cell</source>
      <translation>la respuesta de la clase para la celda resaltada</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Type a number and press Enter to check it</source>
      <translation>Escribe un número y pulsa Intro para comprobarlo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Check</source>
      <translation>Comprobar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Check the guess against the true value</source>
      <translation>Comparar la respuesta con el valor real</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal next</source>
      <translation>Revelar siguiente</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show the highlighted cell; again, move the window on</source>
      <translation>Mostrar la celda resaltada; otra vez, mover la ventana</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal all</source>
      <translation>Revelar todo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show every output cell</source>
      <translation>Mostrar todas las celdas de salida</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Ask: what is the output size?</source>
      <translation>Pregunta: ¿qué tamaño tiene la salida?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Cover the output and its formula and ask the class for its size</source>
      <translation>Tapar la salida y su fórmula y preguntar a la clase su tamaño</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>rows×columns, e.g. 4×4</source>
      <translation>filas×columnas, p. ej. 4×4</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>the class's output size</source>
      <translation>el tamaño de salida de la clase</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Rows×columns, e.g. 4×4; press Enter to check it</source>
      <translation>Filas×columnas, p. ej. 4×4; pulsa Intro para comprobarlo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Check the output size</source>
      <translation>Comprobar el tamaño de salida</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal the size</source>
      <translation>Revelar el tamaño</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show the output size and how the formula gives it</source>
      <translation>Mostrar el tamaño de salida y cómo lo da la fórmula</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Predict the output cells</source>
      <translation>Predecir las celdas de salida</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the output, let the class work out the highlighted cell, then reveal it. R reveals it, R again moves the window on.</source>
      <translation>Oculta la salida, deja que la clase calcule la celda resaltada y luego revélala. R la revela; R otra vez mueve la ventana.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>What is the output size?</source>
      <translation>¿Qué tamaño tiene la salida?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the answer</source>
      <translation>Ocultar la respuesta</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the network's answer until the class has guessed</source>
      <translation>Ocultar la respuesta de la red hasta que la clase adivine</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The digit the class thinks the network will read</source>
      <translation>El dígito que la clase cree que leerá la red</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>How sure the class thinks the network will be</source>
      <translation>Con qué seguridad cree la clase que responderá la red</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>{percent} % sure</source>
      <translation>{percent} % de seguridad</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Digit</source>
      <translation>Dígito</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal</source>
      <translation>Revelar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show the network's answer beside the class's guess</source>
      <translation>Mostrar la respuesta de la red junto a la de la clase</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Which digit, and how sure?</source>
      <translation>¿Qué dígito y con qué seguridad?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the network's answer, draw or pick a digit, and let the class say which digit it will read and how sure it will be. Then reveal.</source>
      <translation>Oculta la respuesta de la red, dibuja o elige un dígito y deja que la clase diga qué dígito leerá y con qué seguridad. Luego revela.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Predict cells in the Steps view</source>
      <translation>Predecir celdas en la vista Pasos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Go to the Steps view and its exercises</source>
      <translation>Ir a la vista Pasos y sus ejercicios</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Guess the digit in the LeNet view</source>
      <translation>Adivinar el dígito en la vista LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Go to the LeNet view and its exercise</source>
      <translation>Ir a la vista LeNet y su ejercicio</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Predict, then reveal</source>
      <translation>Predecir y luego revelar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The Steps view hides output cells and asks for the output size; the LeNet view asks which digit the network will read, and how sure it will be.</source>
      <translation>La vista Pasos oculta celdas de salida y pregunta el tamaño de la salida; la vista LeNet pregunta qué dígito leerá la red y con qué seguridad.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Predict, then reveal works in the Steps view (Ctrl+2) and the LeNet view (Ctrl+3).</source>
      <translation>«Predecir y luego revelar» funciona en la vista Pasos (Ctrl+2) y en la vista LeNet (Ctrl+3).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Every cell is revealed.</source>
      <translation>Todas las celdas están reveladas.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The LeNet view has no trained network to ask.</source>
      <translation>La vista LeNet no tiene una red entrenada a la que preguntar.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show everything again</source>
      <translation>Mostrar todo de nuevo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The output is shown as the window computes it.</source>
      <translation>La salida se muestra a medida que la ventana la calcula.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>These settings give no output.</source>
      <translation>Estos ajustes no dan salida.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>hidden: what is it?</source>
      <translation>oculta: ¿qué es?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>revealed</source>
      <translation>revelada</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>{count} cell(s) hidden. Highlighted cell ({cell}) {state}</source>
      <translation>{count} celda(s) oculta(s). Celda resaltada ({cell}) {state}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal this cell</source>
      <translation>Revelar esta celda</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Next hidden cell</source>
      <translation>Siguiente celda oculta</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The LeNet view has no trained network, so there is nothing to guess against.</source>
      <translation>La vista LeNet no tiene red entrenada, así que no hay nada que adivinar.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show the answer</source>
      <translation>Mostrar la respuesta</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The answer is hidden: enter the class's digit and confidence, then reveal.</source>
      <translation>La respuesta está oculta: introduce el dígito y la seguridad de la clase y luego revela.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The answer is on screen. H hides it for the next digit.</source>
      <translation>La respuesta está en pantalla. H la oculta para el siguiente dígito.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Animated GIF</source>
      <translation>GIF animado</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Animated PNG</source>
      <translation>PNG animado</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>PNG picture</source>
      <translation>Imagen PNG</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>CSV table</source>
      <translation>Tabla CSV</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Python script</source>
      <translation>script de Python</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Jupyter notebook</source>
      <translation>cuaderno de Jupyter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Embed it in the code (runs anywhere)</source>
      <translation>Incrustarla en el código (funciona en cualquier sitio)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>{number} of {count}</source>
      <translation>{number} de {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Current &amp;view as PNG…</source>
      <translation>&amp;Vista actual como PNG…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>One &amp;map as PNG…</source>
      <translation>Un &amp;mapa como PNG…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Matrix as &amp;CSV…</source>
      <translation>Matriz como &amp;CSV…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Sliding window as animated &amp;GIF…</source>
      <translation>Ventana deslizante como &amp;GIF animado…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Sliding window as animated P&amp;NG…</source>
      <translation>Ventana deslizante como P&amp;NG animado…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Scene as &amp;Python script…</source>
      <translation>Escena como script de &amp;Python…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Scene as &amp;Jupyter notebook…</source>
      <translation>Escena como cuaderno de &amp;Jupyter…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The view on screen at {scale}× its pixels, for slides</source>
      <translation>La vista en pantalla a {scale}× sus píxeles, para diapositivas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>One map or matrix, each cell a sharp block of colour (at least 1024 px)</source>
      <translation>Un mapa o matriz, cada celda un bloque nítido de color (al menos 1024 px)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The numbers of a map or matrix, for a spreadsheet</source>
      <translation>Los números de un mapa o matriz, para una hoja de cálculo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The Steps view's sliding window, one frame per step</source>
      <translation>La ventana deslizante de la vista Pasos, un fotograma por paso</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The same animation as an animated PNG (full colour)</source>
      <translation>La misma animación como PNG animado (color completo)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Commented torch code that rebuilds this view and prints the same numbers</source>
      <translation>Código de torch comentado que reconstruye esta vista e imprime los mismos números</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The same code as a Jupyter notebook, one cell per step</source>
      <translation>El mismo código como cuaderno de Jupyter, una celda por paso</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>&amp;Export</source>
      <translation>&amp;Exportar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>There is no view to export yet.</source>
      <translation>Aún no hay ninguna vista que exportar.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the view as PNG</source>
      <translation>Guardar la vista como PNG</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved the view as a {width}×{height} PNG</source>
      <translation>Vista guardada como PNG de {width}×{height}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Export one map as PNG</source>
      <translation>Exportar un mapa como PNG</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the map as PNG</source>
      <translation>Guardar el mapa como PNG</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved “{name}” as PNG</source>
      <translation>«{name}» guardado como PNG</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Export a matrix as CSV</source>
      <translation>Exportar una matriz como CSV</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the numbers as CSV</source>
      <translation>Guardar los números como CSV</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved “{name}” as CSV</source>
      <translation>«{name}» guardado como CSV</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>An animation is being written already.</source>
      <translation>Ya se está escribiendo una animación.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Open the Steps view with settings that give an output first.</source>
      <translation>Abre antes la vista Pasos con ajustes que den una salida.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the sliding window as {format}</source>
      <translation>Guardar la ventana deslizante como {format}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Drawing the {format} frames…</source>
      <translation>Dibujando los fotogramas {format}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Export {format}</source>
      <translation>Exportar {format}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The Python code is being written already.</source>
      <translation>Ya se está escribiendo el código de Python.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Could not export as Python: {problem}</source>
      <translation>No se pudo exportar como Python: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>This view shows nothing to write as Python yet.</source>
      <translation>Esta vista aún no muestra nada que escribir en Python.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the scene as a {kind}</source>
      <translation>Guardar la escena como {kind}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Writing the Python code…</source>
      <translation>Escribiendo el código de Python…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Read it from {name} (a smaller file; the picture must stay at {path})</source>
      <translation>Leerla de {name} (archivo más pequeño; la imagen debe seguir en {path})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The picture in the code</source>
      <translation>La imagen en el código</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The picture is {width}×{height} pixels. Where should the code find it?</source>
      <translation>La imagen tiene {width}×{height} píxeles. ¿Dónde debe encontrarla el código?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved the scene as Python: {file}.</source>
      <translation>Escena guardada como Python: {file}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Could not write the Python code: {problem}</source>
      <translation>No se pudo escribir el código de Python: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Writing the file…</source>
      <translation>Escribiendo el archivo…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Export cancelled: nothing was written.</source>
      <translation>Exportación cancelada: no se escribió nada.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved the sliding window to {file}.</source>
      <translation>Ventana deslizante guardada en {file}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Could not write the animation: {problem}</source>
      <translation>No se pudo escribir la animación: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>This view has no maps or matrices to export.</source>
      <translation>Esta vista no tiene mapas ni matrices que exportar.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>There is no map called “{name}”; choose one of: {names}.</source>
      <translation>No hay ningún mapa llamado «{name}»; elige uno de: {names}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Which one?</source>
      <translation>¿Cuál?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Could not export: {problem}</source>
      <translation>No se pudo exportar: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>&lt;b&gt;New here?&lt;/b&gt; The &lt;b&gt;Lessons&lt;/b&gt; menu: every worked example and concept of the course, opened in the right view with its explanation (or press Alt and its number).&lt;br&gt;&lt;b&gt;Help ▸ Guide&lt;/b&gt; (F1): how convviz works, in five minutes.</source>
      <translation>&lt;b&gt;¿Eres nuevo?&lt;/b&gt; El menú &lt;b&gt;Lecciones&lt;/b&gt;: cada ejemplo resuelto y cada concepto del curso, abierto en la vista adecuada con su explicación (o pulsa Alt y su número).&lt;br&gt;&lt;b&gt;Ayuda ▸ Guía&lt;/b&gt; (F1): cómo funciona convviz, en cinco minutos.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>Open the Guide</source>
      <translation>Abrir la guía</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>How convviz works, in five minutes (F1)</source>
      <translation>Cómo funciona convviz, en cinco minutos (F1)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>Got it</source>
      <translation>Entendido</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>Close this hint; it does not come back</source>
      <translation>Cerrar este consejo; no vuelve a aparecer</translation>
    </message>
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
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Red</source>
      <translation>Rojo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Green</source>
      <translation>Verde</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Blue</source>
      <translation>Azul</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>input</source>
      <translation>entrada</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>(matrix {number})</source>
      <translation>(matriz {number})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Together the three grids make this picture:</source>
      <translation>Juntas, las tres cuadrículas forman esta imagen:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>a matrix (order 2)</source>
      <translation>una matriz (orden 2)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>a tensor of order 3</source>
      <translation>un tensor de orden 3</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>order {order}</source>
      <translation>orden {order}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>numpy shape: ({shape}) · {count} numbers · {order}</source>
      <translation>forma en numpy: ({shape}) · {count} números · {order}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Input: {name}</source>
      <translation>Entrada: {name}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>piece {number}</source>
      <translation>pieza {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>after {activation}</source>
      <translation>tras {activation}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>The probabilities add up to {total}.</source>
      <translation>Las probabilidades suman {total}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>maxout = the larger piece</source>
      <translation>maxout = la pieza mayor</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>position</source>
      <translation>posición</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>value</source>
      <translation>valor</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>softmax probabilities</source>
      <translation>probabilidades softmax</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>class</source>
      <translation>clase</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>probability</source>
      <translation>probabilidad</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>weights (biases not counted, as on the slide)</source>
      <translation>pesos (sin contar los sesgos, como en la diapositiva)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>learnable parameters</source>
      <translation>parámetros entrenables</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>True total: {total} {what}.</source>
      <translation>Total real: {total} {what}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>The slide printed {total}.</source>
      <translation>La diapositiva decía {total}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>kernel × {factor}</source>
      <translation>kernel × {factor}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>the feature map's numbers ({rows}×{cols})</source>
      <translation>los números del mapa de características ({rows}×{cols})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Lesson files</source>
      <translation>Archivos de lección</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Answers hidden · H shows them</source>
      <translation>Respuestas ocultas · H las muestra</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Page Down and Page Up go through the lessons once one is open (Lessons menu, or type its number).</source>
      <translation>Av Pág y Re Pág recorren las lecciones una vez abierta una (menú Lecciones, o escribe su número).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Lesson {number} is the last lesson.</source>
      <translation>La lección {number} es la última.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Lesson {number} is the first lesson.</source>
      <translation>La lección {number} es la primera.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Lessons</source>
      <translation>&amp;Lecciones</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Open lesson file…</source>
      <translation>&amp;Abrir archivo de lección…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Previous lesson</source>
      <translation>Lección &amp;anterior</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Next lesson</source>
      <translation>Lección &amp;siguiente</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Loading the lessons…</source>
      <translation>Cargando las lecciones…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Open a lesson file</source>
      <translation>Abrir un archivo de lección</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>This lesson cannot be opened</source>
      <translation>No se puede abrir esta lección</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Nothing that was open has changed.</source>
      <translation>No ha cambiado nada de lo que estaba abierto.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Your lesson files</source>
      <translation>Tus archivos de lección</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>The class predicts first: Exercises ▸ Hide the answers (H) shows them again</source>
      <translation>La clase predice primero: Ejercicios ▸ Ocultar las respuestas (H) las vuelve a mostrar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Lesson</source>
      <translation>Lección</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Exercises</source>
      <translation>&amp;Ejercicios</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Hide the answers (predict first)</source>
      <translation>&amp;Ocultar las respuestas (predecir primero)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Reveal next</source>
      <translation>&amp;Revelar siguiente</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Reveal &amp;all</source>
      <translation>Revelar &amp;todo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>What is the &amp;output size?</source>
      <translation>¿Qué tamaño tiene la &amp;salida?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/opener.py" />
      <source>There is no lesson {number}; the lessons run from 1 to {last}.</source>
      <translation>No hay lección {number}; las lecciones van de 1 a {last}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/opener.py" />
      <source>The lessons are still loading; try again in a moment.</source>
      <translation>Las lecciones aún se están cargando; inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/opener.py" />
      <source>Opening the lesson file {file}…</source>
      <translation>Abriendo el archivo de lección {file}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/opener.py" />
      <source>Lesson {number}: {title}</source>
      <translation>Lección {number}: {title}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>in the Steps view</source>
      <translation>en la vista Pasos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>in the Convolution view</source>
      <translation>en la vista Convolución</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>in the LeNet view</source>
      <translation>en la vista LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>here</source>
      <translation>aquí</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>The explanation comes back once the class has answered.</source>
      <translation>La explicación vuelve cuando la clase haya respondido.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Show the feature map of:</source>
      <translation>Mostrar el mapa de características de:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Previous</source>
      <translation>Anterior</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>The previous lesson (Alt+Left)</source>
      <translation>La lección anterior (Alt+Izquierda)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Next</source>
      <translation>Siguiente</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>The next lesson (Alt+Right)</source>
      <translation>La lección siguiente (Alt+Derecha)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Back to the views</source>
      <translation>Volver a las vistas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>A concept lesson fills the window; this brings the views back. The panel then shows the lesson of the view on screen, or closes if it shows none</source>
      <translation>Una lección de concepto ocupa la ventana; esto devuelve las vistas. El panel muestra entonces la lección de la vista en pantalla, o se cierra si no hay ninguna</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>the lesson</source>
      <translation>la lección</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>The lesson's text; the arrow keys scroll it</source>
      <translation>El texto de la lección; las flechas lo desplazan</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>No lesson open</source>
      <translation>Ninguna lección abierta</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Pick one from the Lessons menu, or type its number (1, 2, … 45).</source>
      <translation>Elige una en el menú Lecciones o escribe su número (1, 2, … 45).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Lesson {number} · {group} · shown {where}</source>
      <translation>Lección {number} · {group} · se muestra {where}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Where the slides say otherwise:</source>
      <translation>Donde las diapositivas dicen otra cosa:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Load filter {number} into the convolution view</source>
      <translation>Cargar el filtro {number} en la vista Convolución</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>The confusion matrix appears here once the network has read every test digit.</source>
      <translation>La matriz de confusión aparece aquí cuando la red ha leído todos los dígitos de prueba.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Click a cell to see its digits.</source>
      <translation>Haz clic en una celda para ver sus dígitos.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>test digits of the chosen cell</source>
      <translation>dígitos de prueba de la celda elegida</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Arrow keys choose a digit; “Open in explorer” shows it in the LeNet view</source>
      <translation>Las flechas eligen un dígito; «Abrir en el explorador» lo muestra en la vista LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Open in explorer</source>
      <translation>Abrir en el explorador</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Show the chosen test digit in the LeNet view</source>
      <translation>Mostrar el dígito de prueba elegido en la vista LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Reading the 10,000 test digits with {name}…</source>
      <translation>Leyendo los 10 000 dígitos de prueba con {name}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>No confusion matrix: {problem}</source>
      <translation>Sin matriz de confusión: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>{name} over {total} test digits: {accuracy} right, {wrong} mistakes. Rows: the true digit · columns: what the network read.</source>
      <translation>{name} sobre {total} dígitos de prueba: {accuracy} aciertos, {wrong} errores. Filas: el dígito real · columnas: lo que leyó la red.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>test digit #{index}: a {true}, read as {predicted} · double-click to open it</source>
      <translation>dígito de prueba n.º {index}: un {true}, leído como {predicted} · doble clic para abrirlo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>read as {digit}</source>
      <translation>leídos como {digit}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source> (the first {count} shown)</source>
      <translation> (se muestran los {count} primeros)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>{count} test digit(s) that are {true}s {what}</source>
      <translation>{count} dígito(s) de prueba que son {true} {what}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>double-click one to open it in the explorer</source>
      <translation>doble clic en uno para abrirlo en el explorador</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/curve_plot.py" />
      <source>training curves</source>
      <translation>curvas de entrenamiento</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/curve_plot.py" />
      <source>epoch</source>
      <translation>época</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Gradient saliency</source>
      <translation>Saliencia por gradiente</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Bright pixels: changing them would change this class's score most. Speckled: it is one gradient.</source>
      <translation>Píxeles claros: cambiarlos cambiaría más la puntuación de esta clase. Moteado: es un solo gradiente.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Grad-CAM on {layer}</source>
      <translation>Grad-CAM sobre {layer}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Regions whose {layer} maps speak for this class (gradient-weighted maps, 0–1).</source>
      <translation>Regiones cuyos mapas de {layer} hablan a favor de esta clase (mapas ponderados por el gradiente, 0–1).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Occlusion (6×6 patch)</source>
      <translation>Oclusión (parche 6×6)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Orange: hiding that patch lowers this class's probability (evidence for it). Blue: hiding it helps.</source>
      <translation>Naranja: tapar ese parche baja la probabilidad de esta clase (prueba a favor). Azul: taparlo ayuda.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Draw a digit or pick a test digit in the LeNet explorer.</source>
      <translation>Dibuja un dígito o elige uno de prueba en el explorador de LeNet.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Evidence for:</source>
      <translation>Pruebas a favor de:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>predicted</source>
      <translation>predicho</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Explain whichever class the network picks</source>
      <translation>Explicar la clase que elija la red</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Where is the evidence for a {digit}?</source>
      <translation>¿Dónde está la prueba de un {digit}?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Cannot explain this: {problem}</source>
      <translation>No se puede explicar: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>label {label}</source>
      <translation>etiqueta {label}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>the predicted class, {digit}</source>
      <translation>la clase predicha, {digit}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>class {digit} ({share})</source>
      <translation>la clase {digit} ({share})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>The picture</source>
      <translation>La imagen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>the network reads {digit} ({sure}). Evidence for {which}:</source>
      <translation>la red lee {digit} ({sure}). Pruebas a favor de {which}:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>PyTorch models</source>
      <translation>Modelos de PyTorch</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Open a model file…</source>
      <translation>Abrir un archivo de modelo…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The network the explorer shows</source>
      <translation>La red que muestra el explorador</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>network</source>
      <translation>red</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Train LeNet…</source>
      <translation>Entrenar LeNet…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Train LeNet on MNIST yourself and watch it learn</source>
      <translation>Entrena LeNet con MNIST tú mismo y mira cómo aprende</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Why this digit?</source>
      <translation>¿Por qué este dígito?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Which pixels pushed the network towards its answer</source>
      <translation>Qué píxeles empujaron a la red hacia su respuesta</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Confusion matrix</source>
      <translation>Matriz de confusión</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Which digits the network mistakes for which, over the 10,000 test digits</source>
      <translation>Qué dígitos confunde la red con cuáles, en los 10 000 dígitos de prueba</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>What units look for</source>
      <translation>Qué buscan las unidades</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The test digits that excite the inspected map or unit most, and a picture made for it (right-click any map or unit for the same)</source>
      <translation>Los dígitos de prueba que más excitan el mapa o la unidad examinada, y una imagen hecha para ella (clic derecho en cualquier mapa o unidad hace lo mismo)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Network:</source>
      <translation>Red:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Model</source>
      <translation>&amp;Modelo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Open model…</source>
      <translation>&amp;Abrir modelo…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>LeNet weights (a state_dict) or a small TorchScript CNN reading 1×28×28</source>
      <translation>Pesos de LeNet (un state_dict) o una CNN pequeña en TorchScript que lea 1×28×28</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Train LeNet…</source>
      <translation>&amp;Entrenar LeNet…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Why this digit?</source>
      <translation>¿&amp;Por qué este dígito?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Confusion matrix</source>
      <translation>Matriz de &amp;confusión</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>What does each &amp;unit look for?</source>
      <translation>¿Qué busca cada &amp;unidad?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Go to the &amp;floating panel</source>
      <translation>Ir al panel &amp;flotante</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>A panel floating over a narrow window is a window of its own, out of the Tab order: F6 goes into it, to the next one, and back</source>
      <translation>Un panel que flota sobre una ventana estrecha es una ventana propia, fuera del orden de Tab: F6 entra en él, pasa al siguiente y vuelve</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Shipped weights</source>
      <translation>Pesos incluidos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The explorer now shows {network}.</source>
      <translation>El explorador muestra ahora {network}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>{network} with your edited filters</source>
      <translation>{network} con tus filtros editados</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>No model panel is floating; Tab reaches the docked ones.</source>
      <translation>Ningún panel del modelo está flotando; Tab llega a los acoplados.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Train LeNet</source>
      <translation>Entrenar LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>What does this unit look for?</source>
      <translation>¿Qué busca esta unidad?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The explorer reads MNIST test digit #{index}.</source>
      <translation>El explorador lee el dígito de prueba MNIST n.º {index}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>trained in the app, stopped after {epochs} epochs</source>
      <translation>entrenada en la aplicación, detenida tras {epochs} épocas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>trained in the app, after {epochs} epochs</source>
      <translation>entrenada en la aplicación, tras {epochs} épocas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Trained now</source>
      <translation>Recién entrenada</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Training stopped: {accuracy} on the test digits. Choose “{name}” under the explorer to look inside.</source>
      <translation>Entrenamiento detenido: {accuracy} en los dígitos de prueba. Elige «{name}» bajo el explorador para mirar dentro.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Training done: {accuracy} on the test digits. Choose “{name}” under the explorer to look inside.</source>
      <translation>Entrenamiento terminado: {accuracy} en los dígitos de prueba. Elige «{name}» bajo el explorador para mirar dentro.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Open a model</source>
      <translation>Abrir un modelo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Could not measure the test accuracy: {problem}</source>
      <translation>No se pudo medir la precisión de prueba: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>LeNet weights</source>
      <translation>pesos de LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>TorchScript, {count} layers found</source>
      <translation>TorchScript, {count} capas encontradas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Opened: {name}</source>
      <translation>Abierto: {name}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Opened {name}: the explorer shows it now.</source>
      <translation>{name} abierto: el explorador lo muestra ahora.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The explorer shows {network} again.</source>
      <translation>El explorador vuelve a mostrar {network}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Your model was stopped</source>
      <translation>Tu modelo se detuvo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The explorer keeps showing {network}.</source>
      <translation>El explorador sigue mostrando {network}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>This model cannot be opened</source>
      <translation>No se puede abrir este modelo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Model refused: {problem}</source>
      <translation>Modelo rechazado: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/overlay_map.py" />
      <source>where the evidence lies</source>
      <translation>dónde está la prueba</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/overlay_map.py" />
      <source>hover the picture for values</source>
      <translation>pasa el ratón por la imagen para ver valores</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>your picture</source>
      <translation>tu imagen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>what the network in training reads in your picture</source>
      <translation>lo que la red en entrenamiento lee en tu imagen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>draw a digit in the explorer</source>
      <translation>dibuja un dígito en el explorador</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Network</source>
      <translation>Red</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Test accuracy (10,000 digits)</source>
      <translation>Precisión de prueba (10 000 dígitos)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>test accuracy of each network</source>
      <translation>precisión de prueba de cada red</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>One row a network: its accuracy on the 10,000 MNIST test digits</source>
      <translation>Una fila por red: su precisión en los 10 000 dígitos de prueba de MNIST</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>in the explorer</source>
      <translation>en el explorador</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>measuring…</source>
      <translation>midiendo…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>epochs</source>
      <translation>épocas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>How many times the training goes through all 10,000 training digits it ships</source>
      <translation>Cuántas veces recorre el entrenamiento los 10.000 dígitos de entrenamiento incluidos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>batch size</source>
      <translation>tamaño de lote</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>How many digits each step of training learns from at once</source>
      <translation>De cuántos dígitos a la vez aprende cada paso del entrenamiento</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>learning rate</source>
      <translation>tasa de aprendizaje</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Peak learning rate: it rises for the first fifth of the run, then falls (one-cycle)</source>
      <translation>Tasa de aprendizaje máxima: sube durante el primer quinto y luego baja (one-cycle)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>augment digits</source>
      <translation>aumentar dígitos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Every batch gets randomly shifted, rotated, scaled, sheared and thickened digits: slower to learn, but the network then reads hand-drawn digits better</source>
      <translation>Cada lote recibe dígitos desplazados, girados, escalados, inclinados y engrosados al azar: aprende más despacio, pero luego la red lee mejor los dígitos dibujados a mano</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>training device</source>
      <translation>dispositivo de entrenamiento</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Where the training runs: the CPU, or a GPU when one is present</source>
      <translation>Dónde se ejecuta el entrenamiento: la CPU, o una GPU si hay una</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>While training, each activation entering fc2 and fc3 is switched off with this probability (the others are scaled up to keep the sum); when the network reads a digit, dropout is off</source>
      <translation>Durante el entrenamiento, cada activación que entra en fc2 y fc3 se apaga con esta probabilidad (las demás se escalan para mantener la suma); cuando la red lee un dígito, el dropout está apagado</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>all</source>
      <translation>todos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>dropout</source>
      <translation>dropout</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>training digits</source>
      <translation>dígitos de entrenamiento</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>How many training digits one epoch goes through (a few: fine-tuning on little data)</source>
      <translation>Cuántos dígitos de entrenamiento recorre una época (pocos: afinar con pocos datos)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>start from the shipped weights</source>
      <translation>empezar con los pesos incluidos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Transfer learning: begin with the trained network instead of random weights, then go on training</source>
      <translation>Aprendizaje por transferencia: empezar con la red entrenada en vez de pesos aleatorios y seguir entrenando</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Layers that learn:</source>
      <translation>Capas que aprenden:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Unticked: the layer is frozen, its weights stay as they start</source>
      <translation>Sin marcar: la capa está congelada, sus pesos se quedan como empiezan</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Epochs</source>
      <translation>Épocas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Batch</source>
      <translation>Lote</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Learning rate</source>
      <translation>Tasa de aprendizaje</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Device</source>
      <translation>Dispositivo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Dropout</source>
      <translation>Dropout</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Digits</source>
      <translation>Dígitos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Augmentation: digits as stored (top) and as one batch sees them (bottom)</source>
      <translation>Aumento de datos: dígitos como están guardados (arriba) y como los ve un lote (abajo)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>digit</source>
      <translation>dígito</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>every batch draws new shifts, turns, scalings, shears and thicknesses</source>
      <translation>cada lote sortea nuevos desplazamientos, giros, escalados, cizallas y grosores</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Draw again</source>
      <translation>Sortear de nuevo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Show eight digits changed again, as a new batch would see them</source>
      <translation>Mostrar ocho dígitos cambiados de nuevo, como los vería un lote nuevo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Start</source>
      <translation>Iniciar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Start training with these settings</source>
      <translation>Empezar el entrenamiento con estos ajustes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Pause</source>
      <translation>Pausa</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Pause the training, or go on</source>
      <translation>Pausar el entrenamiento, o continuar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Stop the training; the weights learnt so far stay</source>
      <translation>Detener el entrenamiento; los pesos aprendidos hasta ahora se quedan</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>ready</source>
      <translation>listo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Loss (cross-entropy)</source>
      <translation>Pérdida (entropía cruzada)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>loss</source>
      <translation>pérdida</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>train</source>
      <translation>entrenamiento</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>test</source>
      <translation>prueba</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Accuracy</source>
      <translation>Precisión</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>conv1's 6 filters, live</source>
      <translation>Los 6 filtros de conv1, en vivo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>from random noise to edge and stroke detectors</source>
      <translation>del ruido aleatorio a detectores de bordes y trazos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Start a run: the curves, the filters and the prediction follow it.</source>
      <translation>Inicia un entrenamiento: las curvas, los filtros y la predicción lo siguen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Save weights…</source>
      <translation>Guardar pesos…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>A state_dict file (weights only) with a model card beside it</source>
      <translation>Un archivo state_dict (solo pesos) con una ficha del modelo al lado</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Explore these weights</source>
      <translation>Explorar estos pesos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Show the network just trained in the LeNet view</source>
      <translation>Mostrar la red recién entrenada en la vista LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>tick at least one layer that learns: with every layer frozen nothing is trained.</source>
      <translation>marca al menos una capa que aprenda: con todas las capas congeladas no se entrena nada.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>A training run is going: stop it first to use other settings.</source>
      <translation>Hay un entrenamiento en marcha: detenlo primero para usar otros ajustes.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Cannot train: {problem}</source>
      <translation>No se puede entrenar: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>starting the training process…</source>
      <translation>iniciando el proceso de entrenamiento…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Training: {epochs} epochs of batches of {batch}…</source>
      <translation>Entrenando: {epochs} épocas con lotes de {batch}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>stopping after this batch…</source>
      <translation>se detiene tras este lote…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>paused</source>
      <translation>en pausa</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>epoch {epoch}/{epochs} · {percent}% · {time} left</source>
      <translation>época {epoch}/{epochs} · {percent} % · quedan {time}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Resume</source>
      <translation>Reanudar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>stopped</source>
      <translation>detenido</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>done</source>
      <translation>terminado</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Stopped after {done} of {epochs} epochs in {time}: test accuracy {accuracy}.</source>
      <translation>Detenido tras {done} de {epochs} épocas en {time}: precisión de prueba {accuracy}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Done after {done} of {epochs} epochs in {time}: test accuracy {accuracy}.</source>
      <translation>Terminado tras {done} de {epochs} épocas en {time}: precisión de prueba {accuracy}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>failed</source>
      <translation>falló</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Save the trained weights</source>
      <translation>Guardar los pesos entrenados</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>PyTorch weights</source>
      <translation>Pesos de PyTorch</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Nothing to save yet: train first.</source>
      <translation>Aún no hay nada que guardar: entrena primero.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Could not save to {path}: {problem}</source>
      <translation>No se pudo guardar en {path}: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Saved {weights} and its model card {card}.</source>
      <translation>Guardados {weights} y su ficha del modelo {card}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_runner.py" />
      <source>a training run is already going; stop it first.</source>
      <translation>ya hay un entrenamiento en marcha; detenlo primero.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>{count} maps</source>
      <translation>{count} mapas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>{count} units</source>
      <translation>{count} unidades</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>{count} class scores</source>
      <translation>{count} puntuaciones de clase</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Pick a map or a unit of the network the explorer shows.</source>
      <translation>Elige un mapa o una unidad de la red que muestra el explorador.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>The layer whose unit to look at</source>
      <translation>La capa cuya unidad mirar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>layer</source>
      <translation>capa</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Which map or unit of the layer</source>
      <translation>Qué mapa o unidad de la capa</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>map or unit</source>
      <translation>mapa o unidad</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Layer:</source>
      <translation>Capa:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>The nine test digits that excite it most</source>
      <translation>Los nueve dígitos de prueba que más la excitan</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Make a picture for it</source>
      <translation>Crear una imagen para ella</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Grow a picture from faint noise by gradient ascent on this unit's value</source>
      <translation>Hacer crecer una imagen a partir de ruido tenue por ascenso de gradiente sobre el valor de esta unidad</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Stop making the picture</source>
      <translation>Dejar de generar la imagen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Gradient ascent changes the picture, step by step, to raise this unit's value. Each step the picture also fades a little and now and then is blurred and shifted, so only patterns the unit really likes survive.</source>
      <translation>El ascenso de gradiente cambia la imagen paso a paso para subir el valor de esta unidad. En cada paso la imagen también se desvanece un poco y de vez en cuando se desenfoca y se desplaza, así solo sobreviven los patrones que a la unidad le gustan de verdad.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>A picture made for it (activation maximisation)</source>
      <translation>Una imagen hecha para ella (maximización de la activación)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>The network changed: the picture being made was for the one before.</source>
      <translation>La red cambió: la imagen en curso era para la anterior.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>class </source>
      <translation>clase </translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>map </source>
      <translation>mapa </translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>unit </source>
      <translation>unidad </translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>What does {unit} of {network} look for?</source>
      <translation>¿Qué busca {unit} de {network}?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Cannot rank the test digits: {problem}</source>
      <translation>No se pueden ordenar los dígitos de prueba: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>a {digit}</source>
      <translation>un {digit}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source> at row {row}, column {column} of the map</source>
      <translation> en la fila {row}, columna {column} del mapa</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>test digit #{index} (a {digit})</source>
      <translation>dígito de prueba n.º {index} (un {digit})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>click to open it in the explorer</source>
      <translation>haz clic para abrirlo en el explorador</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source> (so far: {count} of the test digits read)</source>
      <translation> (hasta ahora: {count} dígitos de prueba leídos)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>The box is the {rows}×{cols} patch its strongest position sees (cut where it passes the edge).</source>
      <translation>El recuadro es el parche {rows}×{cols} que ve su posición más fuerte (recortado donde pasa el borde).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>A fully connected unit sees the whole digit.</source>
      <translation>Una unidad totalmente conectada ve el dígito entero.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>its score (logit)</source>
      <translation>su puntuación (logit)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>the unit's value before ReLU</source>
      <translation>el valor de la unidad antes de ReLU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Strongest first{so_far}; the number is {value}.</source>
      <translation>Los más fuertes primero{so_far}; el número es {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Click one to open it in the explorer.</source>
      <translation>Haz clic en uno para abrirlo en el explorador.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Could not make a picture: {problem}</source>
      <translation>No se pudo crear una imagen: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source> at the centre of its map (row {row}, column {column}; the box is what it sees)</source>
      <translation> en el centro de su mapa (fila {row}, columna {column}; el recuadro es lo que ve)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>its strongest test digit: {score}</source>
      <translation>su dígito de prueba más fuerte: {score}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>after {step} of {steps} steps: {value} · on the starting noise: {noise} · on the average digit: {average}</source>
      <translation>tras {step} de {steps} pasos: {value} · con el ruido inicial: {noise} · con el dígito medio: {average}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>cancelled after {step} steps.</source>
      <translation>cancelado tras {step} pasos.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Presentation mode: Space play/pause · ←/→ step · PgDn/PgUp step, then next/previous lesson · +/− speed · digits pick a lesson · B blank · P pointer · F11 or Esc to leave</source>
      <translation>Modo presentación: Espacio reproducir/pausa · ←/→ paso · AvPág/RePág paso, luego lección siguiente/anterior · +/− velocidad · los dígitos eligen una lección · B negro · P puntero · F11 o Esc para salir</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>&amp;Blank the screen</source>
      <translation>Pantalla en &amp;negro</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Black screen while you talk, as in PowerPoint: B or . while presenting; B, . , Esc or a click bring the picture back</source>
      <translation>Pantalla negra mientras hablas, como en PowerPoint: B o . al presentar; B, . , Esc o un clic devuelven la imagen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>&amp;Presentation mode</source>
      <translation>Modo &amp;presentación</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Full screen, large text, keyboard control: {keys}</source>
      <translation>Pantalla completa, texto grande, control por teclado: {keys}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Pointer &amp;highlight</source>
      <translation>&amp;Resaltar el puntero</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>A large circle follows the mouse so the class sees where you point (P)</source>
      <translation>Un círculo grande sigue al ratón para que la clase vea adónde señalas (P)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Presentation mode off.</source>
      <translation>Modo presentación desactivado.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>convviz sessions</source>
      <translation>Sesiones de convviz</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Open &amp;session…</source>
      <translation>Abrir &amp;sesión…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Save session</source>
      <translation>&amp;Guardar sesión</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Save session &amp;as…</source>
      <translation>Guardar sesión &amp;como…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Restore &amp;last session</source>
      <translation>Restaurar la &amp;última sesión</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>The session convviz saved when it was last closed</source>
      <translation>La sesión que convviz guardó al cerrarse la última vez</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Reopen last session on start</source>
      <translation>Reabrir la última sesión al iniciar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Open the session saved at the last quit when convviz starts</source>
      <translation>Abrir al iniciar convviz la sesión guardada al salir la última vez</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Edit</source>
      <translation>&amp;Editar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Deshacer</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Rehacer</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Undo {action}</source>
      <translation>&amp;Deshacer {action}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Redo {action}</source>
      <translation>&amp;Rehacer {action}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Save the session</source>
      <translation>Guardar la sesión</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>The session was not saved</source>
      <translation>La sesión no se guardó</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Could not save the session to {file}: {problem}.</source>
      <translation>No se pudo guardar la sesión en {file}: {problem}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Session saved to {file} ({size} KB).</source>
      <translation>Sesión guardada en {file} ({size} KB).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Open a session</source>
      <translation>Abrir una sesión</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Opening the session {file}…</source>
      <translation>Abriendo la sesión {file}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>There is no last session yet: convviz saves one when it closes.</source>
      <translation>Aún no hay última sesión: convviz guarda una al cerrarse.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>This session cannot be opened</source>
      <translation>No se puede abrir esta sesión</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>This session</source>
      <translation>Esta sesión</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source> (left out: {views} — not in this convviz)</source>
      <translation> (omitido: {views} — no está en este convviz)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Session {name} opened{note}.</source>
      <translation>Sesión {name} abierta{note}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>The session's lesson {number} is not in this convviz.</source>
      <translation>La lección {number} de la sesión no está en este convviz.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>The session's lesson file {path} is no longer there.</source>
      <translation>El archivo de lección {path} de la sesión ya no está.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Edit the kernel</source>
      <translation>Editar el kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Switch grey / RGB</source>
      <translation>Cambiar gris / RGB</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Link the channels</source>
      <translation>Vincular los canales</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Choose the channel</source>
      <translation>Elegir el canal</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Flip the kernel</source>
      <translation>Voltear el kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the stride</source>
      <translation>Cambiar el paso</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the padding</source>
      <translation>Cambiar el relleno</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the border</source>
      <translation>Cambiar el borde</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the dilation</source>
      <translation>Cambiar la dilatación</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Choose the activation</source>
      <translation>Elegir la activación</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the leaky slope</source>
      <translation>Cambiar la pendiente leaky</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the ELU alpha</source>
      <translation>Cambiar el alfa de ELU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Choose the pooling</source>
      <translation>Elegir el pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the pool size</source>
      <translation>Cambiar el tamaño del pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the pool stride</source>
      <translation>Cambiar el paso del pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the groups</source>
      <translation>Cambiar los grupos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Edit the input</source>
      <translation>Editar la entrada</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Switch convolution / pooling</source>
      <translation>Cambiar convolución / pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the kernel's factor</source>
      <translation>Cambiar el factor del kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the bias</source>
      <translation>Cambiar el sesgo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Step another filter</source>
      <translation>Recorrer otro filtro</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the output padding</source>
      <translation>Cambiar el relleno de salida</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Kernel preset {preset}</source>
      <translation>Kernel predefinido {preset}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the settings</source>
      <translation>Cambiar los ajustes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Resize the input</source>
      <translation>Cambiar el tamaño de la entrada</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Resize the kernel</source>
      <translation>Cambiar el tamaño del kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Load an example</source>
      <translation>Cargar un ejemplo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Edit a filter</source>
      <translation>Editar un filtro</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Reset the filters</source>
      <translation>Restablecer los filtros</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Pick {picture}</source>
      <translation>Elegir {picture}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Open {picture}</source>
      <translation>Abrir {picture}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>activation</source>
      <translation>activación</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>slope a = </source>
      <translation>pendiente a = </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>leaky ReLU slope</source>
      <translation>pendiente de leaky ReLU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>How much of a negative value leaky ReLU lets through</source>
      <translation>Cuánto de un valor negativo deja pasar leaky ReLU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>ELU alpha</source>
      <translation>alfa de ELU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>The value ELU approaches for very negative inputs</source>
      <translation>El valor al que se acerca ELU con entradas muy negativas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>the activation's curve</source>
      <translation>la curva de la activación</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>the red channel</source>
      <translation>del canal rojo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>the green channel</source>
      <translation>del canal verde</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>the blue channel</source>
      <translation>del canal azul</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>The kernel of {channel}</source>
      <translation>El kernel {channel}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>{channel} ∗ kernel</source>
      <translation>{channel} ∗ kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>The three channel maps add up to the feature map (below, right)</source>
      <translation>Los tres mapas de canal suman el mapa de características (abajo, a la derecha)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>Three maps, one per channel: {channel} is shown below, right</source>
      <translation>Tres mapas, uno por canal: el {channel} se ve abajo, a la derecha</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>, every cell × {factor}</source>
      <translation>, cada celda × {factor}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>map</source>
      <translation>mapa</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>Arrow keys choose a pixel; its sum is then shown term by term</source>
      <translation>Las flechas eligen un píxel; su suma se muestra entonces término a término</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>Colours: {meaning}</source>
      <translation>Colores: {meaning}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>values {low} … {high}</source>
      <translation>valores {low} … {high}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source> (sampled)</source>
      <translation> (muestreado)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>1 screen pixel = {step}×{step} cells; </source>
      <translation>1 píxel de pantalla = {step}×{step} celdas; </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>, beyond the bar in its end colours</source>
      <translation>, fuera de la barra con sus colores extremos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>input picture</source>
      <translation>imagen de entrada</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>A sample picture to convolve, or drawing your own</source>
      <translation>Una imagen de ejemplo para convolucionar, o dibujar la tuya</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>— Your own —</source>
      <translation>— Propias —</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Draw your own picture</source>
      <translation>Dibuja tu propia imagen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Live camera</source>
      <translation>Cámara en vivo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Every camera frame through the kernel, activation and pooling, as it comes</source>
      <translation>Cada fotograma de la cámara pasa por el kernel, la activación y el pooling, según llega</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Grey</source>
      <translation>Gris</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>RGB (3 channels)</source>
      <translation>RGB (3 canales)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>One channel: the brightness of each pixel</source>
      <translation>Un canal: el brillo de cada píxel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Red, green and blue: a kernel per channel, results summed</source>
      <translation>Rojo, verde y azul: un kernel por canal, resultados sumados</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>drawing canvas</source>
      <translation>lienzo de dibujo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Clear drawing</source>
      <translation>Borrar dibujo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Wipe the drawing and start again</source>
      <translation>Borrar el dibujo y empezar de nuevo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Channels</source>
      <translation>Canales</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Picture</source>
      <translation>Imagen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Custom (edited by hand)</source>
      <translation>Personalizado (editado a mano)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Cross-correlation (flip off): the kernel slides over the picture as drawn. This is what CNN layers (and PyTorch's conv2d) compute.</source>
      <translation>Correlación cruzada (sin voltear): el kernel se desliza sobre la imagen tal como está dibujado. Es lo que calculan las capas de una CNN (y conv2d de PyTorch).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>True convolution (flip on): the kernel is rotated 180° before it slides, as in signal processing. Kernels unchanged by a 180° turn (box blur, Laplacian) give the same map either way; a mirror-symmetric one like [1 0 −1] changes sign.</source>
      <translation>Convolución verdadera (volteado): el kernel gira 180° antes de deslizarse, como en el procesamiento de señales. Los kernels que un giro de 180° no cambia (desenfoque de caja, laplaciano) dan el mismo mapa; uno con simetría especular como [1 0 −1] cambia de signo.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Flip the kernel (true convolution)</source>
      <translation>Voltear el kernel (convolución verdadera)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Flip (true convolution)</source>
      <translation>Voltear (convolución verdadera)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Kernels the course uses, each with what it does</source>
      <translation>Los kernels del curso, cada uno con lo que hace</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>kernel preset</source>
      <translation>kernel predefinido</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Kernel height (rows)</source>
      <translation>Alto del kernel (filas)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Kernel width (columns)</source>
      <translation>Ancho del kernel (columnas)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>kernel rows</source>
      <translation>filas del kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>kernel columns</source>
      <translation>columnas del kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Double-click a cell (or select it and type) to change a weight</source>
      <translation>Doble clic en una celda (o selecciónala y escribe) para cambiar un peso</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Normalise (sum 1)</source>
      <translation>Normalizar (suma 1)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Make the weights sum to 1 so the kernel keeps brightness: whole cells stay and get the factor 1/sum</source>
      <translation>Hace que los pesos sumen 1 para conservar el brillo: las celdas enteras se quedan y reciben el factor 1/suma</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Randomise</source>
      <translation>Aleatorio</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Random whole numbers from −3 to 3</source>
      <translation>Números enteros aleatorios de −3 a 3</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Reset</source>
      <translation>Restablecer</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Back to the Sobel x kernel</source>
      <translation>Volver al kernel Sobel x</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Channel:</source>
      <translation>Canal:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Show and edit this channel's slice of the kernel</source>
      <translation>Mostrar y editar la parte del kernel de este canal</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Same kernel for all three channels</source>
      <translation>Mismo kernel para los tres canales</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Edit one kernel that every colour channel uses</source>
      <translation>Editar un kernel que usan todos los canales de color</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Groups: 1 = the kernel's three slices are summed into one map (an ordinary filter); 3 = depthwise: each channel is convolved alone and keeps its own map; 2 does not divide 3 channels</source>
      <translation>Grupos: 1 = las tres capas del kernel se suman en un mapa (un filtro normal); 3 = en profundidad: cada canal se convoluciona solo y conserva su mapa; 2 no divide 3 canales</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Groups</source>
      <translation>Grupos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Size</source>
      <translation>Tamaño</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Preset</source>
      <translation>Predefinido</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Kernel: {name}.</source>
      <translation>Kernel: {name}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Your own kernel: double-click a cell to type a weight.</source>
      <translation>Tu propio kernel: doble clic en una celda para escribir un peso.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Every cell is multiplied by {factor} (the sum of products is, all at once)</source>
      <translation>Cada celda se multiplica por {factor} (la suma de productos, de una vez)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>sum of cells = {cells} × {factor} = {weights}</source>
      <translation>suma de celdas = {cells} × {factor} = {weights}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>sum of cells = {weights}</source>
      <translation>suma de celdas = {weights}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>one map from all channels</source>
      <translation>un mapa de todos los canales</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>depthwise: one map per channel</source>
      <translation>en profundidad: un mapa por canal</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>must divide 3</source>
      <translation>debe dividir 3</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No map: the settings give no output (see the feature map).</source>
      <translation>Sin mapa: los ajustes no dan salida (ver el mapa de características).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Input</source>
      <translation>Entrada</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Feature map</source>
      <translation>Mapa de características</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>click a pixel to pin it</source>
      <translation>haz clic en un píxel para fijarlo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After activation</source>
      <translation>Tras la activación</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After pooling</source>
      <translation>Tras el pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>convolution</source>
      <translation>convolución</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>cross-correlation</source>
      <translation>correlación cruzada</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Feature map: {kh}×{kw} {kind} → {oh}×{ow}</source>
      <translation>Mapa de características: {kind} {kh}×{kw} → {oh}×{ow}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Depthwise map of {channel}: {kh}×{kw} {kind} → {oh}×{ow}</source>
      <translation>Mapa en profundidad {channel}: {kind} {kh}×{kw} → {oh}×{ow}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After {activation}</source>
      <translation>Tras {activation}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No activation</source>
      <translation>Sin activación</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After {k}×{k} max pooling → {ph}×{pw}</source>
      <translation>Tras max pooling {k}×{k} → {ph}×{pw}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After {k}×{k} average pooling → {ph}×{pw}</source>
      <translation>Tras pooling promedio {k}×{k} → {ph}×{pw}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No pooling: the activation map goes on unchanged.</source>
      <translation>Sin pooling: el mapa de activación sigue sin cambios.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No pooling</source>
      <translation>Sin pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Feature map: no output</source>
      <translation>Mapa de características: sin salida</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After activation: no map</source>
      <translation>Tras la activación: sin mapa</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After pooling: no map</source>
      <translation>Tras el pooling: sin mapa</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No map</source>
      <translation>Sin mapa</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>Max pooling</source>
      <translation>Max pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>keeps the strongest answer of each window: where a feature is, roughly</source>
      <translation>conserva la respuesta más fuerte de cada ventana: dónde está un rasgo, más o menos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>Average pooling</source>
      <translation>Pooling promedio</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>averages each window: a smaller, smoother map</source>
      <translation>promedia cada ventana: un mapa más pequeño y suave</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>the activation map goes on unchanged</source>
      <translation>el mapa de activación sigue sin cambios</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>pooling</source>
      <translation>pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>Max or average pooling, or none</source>
      <translation>Pooling máximo o promedio, o ninguno</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>window </source>
      <translation>ventana </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>pooling window</source>
      <translation>ventana de pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>Rows and columns of the pooling window</source>
      <translation>Filas y columnas de la ventana de pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>stride </source>
      <translation>paso </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>pooling stride</source>
      <translation>paso del pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>How many cells the pooling window jumps</source>
      <translation>Cuántas celdas salta la ventana de pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>{k}×{k} windows, stride {stride}: {what}.</source>
      <translation>Ventanas {k}×{k}, paso {stride}: {what}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>Click a pixel of the convolution map to pin it: its receptive field lights up on the input and its arithmetic appears here.</source>
      <translation>Haz clic en un píxel del mapa de convolución para fijarlo: su campo receptivo se ilumina en la entrada y su cálculo aparece aquí.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>The orange cells on the input are the ones it reads (pink: padding).</source>
      <translation>Las celdas naranjas de la entrada son las que lee (rosa: relleno).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>the products of the clicked pixel</source>
      <translation>los productos del píxel pulsado</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>The sum behind the output pixel you clicked, term by term</source>
      <translation>La suma detrás del píxel de salida que pulsaste, término a término</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>Output pixel ({cell})</source>
      <translation>Píxel de salida ({cell})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>sum of channels:</source>
      <translation>suma de canales:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>no activation: {value}</source>
      <translation>sin activación: {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>goes into pooled cell ({cell})</source>
      <translation>entra en la celda del pooling ({cell})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>then {step}</source>
      <translation>luego {step}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>PyTorch code</source>
      <translation>código PyTorch</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>The same computation written with F.conv2d, to read or copy</source>
      <translation>El mismo cálculo escrito con F.conv2d, para leer o copiar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>Checking the map against PyTorch…</source>
      <translation>Comparando el mapa con PyTorch…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>the same {h}×{w} map</source>
      <translation>el mismo mapa de {h}×{w}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>the same values on rows {r0}–{r1}, columns {c0}–{c1} of the {h}×{w} map</source>
      <translation>los mismos valores en las filas {r0}–{r1}, columnas {c0}–{c1} del mapa de {h}×{w}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>PyTorch gives {compared}: largest difference {difference} (float rounding).</source>
      <translation>PyTorch da {compared}: diferencia máxima {difference} (redondeo).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>PyTorch differs by up to {difference}: please report this.</source>
      <translation>PyTorch difiere hasta {difference}: por favor, infórmalo.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>All settings</source>
      <translation>Todos los ajustes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Show the picture and sliding-window settings (presentation mode keeps only the kernel, to give the numbers room)</source>
      <translation>Mostrar los ajustes de imagen y de ventana deslizante (el modo presentación deja solo el kernel para dar sitio a los números)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Kernel</source>
      <translation>Kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Sliding the window</source>
      <translation>Deslizar la ventana</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>settings</source>
      <translation>ajustes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Input, kernel and sliding settings; scrolls with the arrow keys</source>
      <translation>Ajustes de entrada, kernel y deslizamiento; se desplaza con las flechas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>The pinned pixel's arithmetic</source>
      <translation>El cálculo del píxel fijado</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>The same in PyTorch</source>
      <translation>Lo mismo en PyTorch</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Could not compute this frame: {reason}</source>
      <translation>No se pudo calcular este fotograma: {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>{problem}; computing on the CPU.</source>
      <translation>{problem}; se calcula en la CPU.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>your drawing</source>
      <translation>tu dibujo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>the camera, {rate:.1f} frames a second</source>
      <translation>la cámara, {rate:.1f} fotogramas por segundo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>colour, 3 channels</source>
      <translation>color, 3 canales</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>grey: its 3 channels are equal</source>
      <translation>gris: sus 3 canales son iguales</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>colour shown as grey</source>
      <translation>color mostrado en gris</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Input: {picture} ({h}×{w}, {note})</source>
      <translation>Entrada: {picture} ({h}×{w}, {note})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Could not load that picture: {problem}</source>
      <translation>No se pudo cargar esa imagen: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Could not draw the maps at this size: {problem}</source>
      <translation>No se pudieron dibujar los mapas a este tamaño: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>PyTorch check failed: {problem}</source>
      <translation>Falló la comprobación con PyTorch: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Could not compute this: {problem}</source>
      <translation>No se pudo calcular: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>PyTorch checks the map once the camera is paused.</source>
      <translation>PyTorch comprueba el mapa cuando la cámara está en pausa.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>No map to compare with PyTorch.</source>
      <translation>No hay mapa que comparar con PyTorch.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>camera frame {number}</source>
      <translation>fotograma de cámara {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>valid (no padding)</source>
      <translation>valid (sin relleno)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>same (output ⌈n / stride⌉)</source>
      <translation>same (salida ⌈n / paso⌉)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>cells per side…</source>
      <translation>celdas por lado…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>zeros</source>
      <translation>ceros</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>reflect (mirror)</source>
      <translation>reflect (espejo)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>replicate (edge)</source>
      <translation>replicate (borde)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{what} along the rows (down)</source>
      <translation>{what} a lo largo de las filas (hacia abajo)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{what} along the columns (across)</source>
      <translation>{what} a lo largo de las columnas (de lado)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>same both ways</source>
      <translation>igual en ambos sentidos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>One number for rows and columns; untick to set them apart</source>
      <translation>Un número para filas y columnas; desmarca para ajustarlos por separado</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Rows and columns</source>
      <translation>Filas y columnas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Rows (down)</source>
      <translation>Filas (hacia abajo)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Stride: how many cells the window jumps</source>
      <translation>Paso: cuántas celdas salta la ventana</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Dilation: the gap between the kernel's taps</source>
      <translation>Dilatación: el hueco entre las tomas del kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>padding</source>
      <translation>relleno</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>No padding, a number of cells, or padding that keeps the size</source>
      <translation>Sin relleno, un número de celdas o un relleno que conserva el tamaño</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Padding: cells added on each side</source>
      <translation>Relleno: celdas añadidas a cada lado</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>What the added border cells contain</source>
      <translation>Qué contienen las celdas añadidas del borde</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>border</source>
      <translation>borde</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>stride</source>
      <translation>paso</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>dilation</source>
      <translation>dilatación</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{setting}, rows</source>
      <translation>{setting}, filas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{setting}, columns</source>
      <translation>{setting}, columnas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Stride</source>
      <translation>Paso</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Padding</source>
      <translation>Relleno</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Border</source>
      <translation>Borde</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Dilation</source>
      <translation>Dilatación</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Output size {formula}:</source>
      <translation>Tamaño de salida {formula}:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>height: (no picture yet)</source>
      <translation>alto: (aún no hay imagen)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>width:</source>
      <translation>ancho:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Output size {formula}, the kernel spanning f = d·(f − 1) + 1 cells; dilated form {dilated}:</source>
      <translation>Tamaño de salida {formula}, el kernel abarca f = d·(f − 1) + 1 celdas; forma dilatada {dilated}:</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>height: {formula}</source>
      <translation>alto: {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>width:  {formula}</source>
      <translation>ancho:  {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>No output with these settings</source>
      <translation>Sin salida con estos ajustes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{n_h}×{n_w} picture  →  {h}×{w} map</source>
      <translation>imagen {n_h}×{n_w}  →  mapa {h}×{w}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>digit drawing canvas</source>
      <translation>lienzo para dibujar dígitos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Stroke width of the pen (MNIST strokes are about 2–3 of its 28 pixels)</source>
      <translation>Grosor del trazo (los trazos de MNIST miden unos 2–3 de sus 28 píxeles)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>pen width</source>
      <translation>grosor del lápiz</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Remove the last stroke (Ctrl+Z)</source>
      <translation>Quitar el último trazo (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Wipe the canvas</source>
      <translation>Borrar el lienzo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>class of the test digit</source>
      <translation>clase del dígito de prueba</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Which digit “Test digit” picks: without a mouse, pick a test digit instead of drawing</source>
      <translation>Qué dígito elige «Dígito de prueba»: sin ratón, elige un dígito de prueba en lugar de dibujar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>any digit</source>
      <translation>cualquier dígito</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Test digit</source>
      <translation>Dígito de prueba</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Pick a random digit of this class from the 10,000 MNIST test digits</source>
      <translation>Elegir un dígito al azar de esta clase entre los 10 000 dígitos de prueba de MNIST</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Open photo…</source>
      <translation>Abrir foto…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>A photo or scan of a digit on paper works: dark ink is detected and flipped</source>
      <translation>Sirve una foto o un escaneo de un dígito en papel: la tinta oscura se detecta y se invierte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Camera</source>
      <translation>Cámara</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Hold a digit written on paper up to the camera: every frame goes through the preprocessing and every layer</source>
      <translation>Acerca a la cámara un dígito escrito en papel: cada fotograma pasa por el preprocesado y por cada capa</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>conv1 filters (6 × 5×5)</source>
      <translation>filtros de conv1 (6 × 5×5)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>click a filter to edit it</source>
      <translation>haz clic en un filtro para editarlo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>conv2 filters (16 columns × 6 slices)</source>
      <translation>filtros de conv2 (16 columnas × 6 capas)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>a column is one filter, a row one pool1 map · click to edit</source>
      <translation>una columna es un filtro, una fila un mapa de pool1 · haz clic para editar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>conv1 filter {filter}</source>
      <translation>filtro {filter} de conv1</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>conv2 filter {filter}, slice for pool1 map {map}</source>
      <translation>filtro {filter} de conv2, capa para el mapa {map} de pool1</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Pick a filter to edit</source>
      <translation>Elige un filtro para editar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>slice for pool1 map </source>
      <translation>capa para el mapa de pool1 </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>slice for pool1 map</source>
      <translation>parte para el mapa de pool1</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>conv2 filters have one 5×5 slice per pool1 map: pick which one to edit.</source>
      <translation>Los filtros de conv2 tienen una capa 5×5 por mapa de pool1: elige cuál editar.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Select a cell with the arrow keys and type a number to change a weight</source>
      <translation>Elige una celda con las flechas y escribe un número para cambiar un peso</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Zero this filter</source>
      <translation>Poner a cero este filtro</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Set every weight of this filter (all its slices) to 0; its bias stays.</source>
      <translation>Pone a 0 todos los pesos de este filtro (todas sus capas); su sesgo se mantiene.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Reset filter</source>
      <translation>Restablecer filtro</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Give this filter back its trained weights.</source>
      <translation>Devuelve a este filtro sus pesos entrenados.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Reset all to trained</source>
      <translation>Restablecer todo lo entrenado</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Undo every edit: the network as it was trained.</source>
      <translation>Deshace todos los cambios: la red tal como se entrenó.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>A kernel to put into this slice with “Put preset here”</source>
      <translation>Un kernel para poner en esta parte con «Poner el predefinido aquí»</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Put preset here</source>
      <translation>Poner el predefinido aquí</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Replace this slice by the preset (a 3×3 preset is padded with zeros to 5×5).</source>
      <translation>Sustituye esta capa por el predefinido (uno de 3×3 se rellena con ceros hasta 5×5).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>filter {filter}</source>
      <translation>filtro {filter}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>edited: differs from the trained weights</source>
      <translation>editado: difiere de los pesos entrenados</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>the trained weights (type to change a cell)</source>
      <translation>los pesos entrenados (escribe para cambiar una celda)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>Click any map to inspect it</source>
      <translation>Haz clic en cualquier mapa para examinarlo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>hover for values</source>
      <translation>ratón: valores</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>Every map of the network is computed from the maps before it. Click one (in the layers on the left) to see its input, its filter and the result side by side.</source>
      <translation>Cada mapa de la red se calcula a partir de los anteriores. Haz clic en uno (en las capas de la izquierda) para ver su entrada, su filtro y el resultado lado a lado.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>⋆ slides the filter over the input (cross-correlation, as torch's conv2d)</source>
      <translation>⋆ desliza el filtro sobre la entrada (correlación cruzada, como conv2d de torch)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>a weighted sum of all inputs</source>
      <translation>una suma ponderada de todas las entradas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>bias</source>
      <translation>sesgo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>conv1 · 6 maps 28×28</source>
      <translation>conv1 · 6 mapas 28×28</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>ReLU · max(0, x)</source>
      <translation>ReLU · max(0, x)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>max pool 2×2 → 14×14</source>
      <translation>max pool 2×2 → 14×14</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>conv2 · 16 maps 10×10</source>
      <translation>conv2 · 16 mapas 10×10</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>max pool 2×2 → 5×5</source>
      <translation>max pool 2×2 → 5×5</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>fc1 · 120 units (top row: before ReLU, bottom: after)</source>
      <translation>fc1 · 120 unidades (arriba: antes de ReLU, abajo: después)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>fc2 · 84 units (top row: before ReLU, bottom: after)</source>
      <translation>fc2 · 84 unidades (arriba: antes de ReLU, abajo: después)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>before ReLU</source>
      <translation>antes de ReLU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>after ReLU</source>
      <translation>después de ReLU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>{layer} unit {unit} {when}</source>
      <translation>{layer} unidad {unit} {when}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>hover: values · click: inspect</source>
      <translation>pasar el ratón: valores · clic: examinar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>hover: a unit's value · click: its weights</source>
      <translation>pasar el ratón: valor de una unidad · clic: sus pesos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>What does {layer} map {number} look for?</source>
      <translation>¿Qué busca el mapa {number} de {layer}?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>What does {layer} unit {number} look for?</source>
      <translation>¿Qué busca la unidad {number} de {layer}?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>your model's maps</source>
      <translation>los mapas de tu modelo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>Every layer of your own model; the arrow keys scroll</source>
      <translation>Cada capa de tu propio modelo; las flechas desplazan</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>this model</source>
      <translation>este modelo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>its layers cannot be shown ({problem}) Its answer and the “Why this digit?” maps still work.</source>
      <translation>sus capas no se pueden mostrar ({problem}) Su respuesta y los mapas de «¿Por qué este dígito?» siguen funcionando.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>{count} layers found · hover a map for values</source>
      <translation>{count} capas encontradas · pasa el ratón por un mapa para ver valores</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>hover: values</source>
      <translation>ratón: valores</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>hover: a unit's value</source>
      <translation>pasar el ratón: valor de una unidad</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>This model has no convolution layer, so there are no filters to show.</source>
      <translation>Este modelo no tiene capa de convolución, así que no hay filtros que mostrar.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source> (slices for input channel 1 of {channels})</source>
      <translation> (capas del canal de entrada 1 de {channels})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>{count} filters {height}×{width} × {channels} channel(s)</source>
      <translation>{count} filtros {height}×{width} × {channels} canal(es)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>a column is one filter · hover: weights</source>
      <translation>una columna es un filtro · pasar el ratón: pesos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>Filters</source>
      <translation>Filtros</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>picture</source>
      <translation>imagen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>crop</source>
      <translation>recorte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>fit 20×20</source>
      <translation>ajuste 20×20</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>centre 28×28</source>
      <translation>centrado 28×28</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>MNIST already
cropped, fitted
and centred it  ⟶</source>
      <translation>MNIST ya lo
recortó, ajustó
y centró  ⟶</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>how the drawing becomes the network's 28×28 input</source>
      <translation>cómo el dibujo se convierte en la entrada de 28×28 de la red</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>picture (flipped)</source>
      <translation>imagen (invertida)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>crop {height}×{width}</source>
      <translation>recorte {height}×{width}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>Dark ink on a light background was flipped to white on black. </source>
      <translation>La tinta oscura sobre fondo claro se invirtió a blanco sobre negro. </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>The digit's box (orange) is cut out, scaled to fit 20×20 keeping its shape, and placed in 28×28 with its centre of mass on the cross, as MNIST digits were made.</source>
      <translation>El recuadro del dígito (naranja) se recorta, se escala a 20×20 conservando su forma y se coloca en 28×28 con su centro de masa en la cruz, como se hicieron los dígitos de MNIST.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>28×28 as is</source>
      <translation>28×28 tal cual</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>An MNIST test digit is already cropped, fitted into 20×20 and centred, so it goes in unchanged.</source>
      <translation>Un dígito de prueba de MNIST ya está recortado, ajustado a 20×20 y centrado, así que entra sin cambios.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>Draw, open a photo or pick a test digit: its preprocessing appears here.</source>
      <translation>Dibuja, abre una foto o elige un dígito de prueba: su preprocesado aparece aquí.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/session.py" />
      <source>The session's filters were edited on other trained weights than the ones loaded now; its edited filters are back, the others are the weights loaded now.</source>
      <translation>Los filtros de la sesión se editaron sobre otros pesos entrenados distintos de los cargados ahora; sus filtros editados vuelven, los demás son los pesos cargados ahora.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Images</source>
      <translation>Imágenes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>The slide prints &lt;b&gt;61,795&lt;/b&gt;: it counts each fully connected layer's biases as 1. With one bias per neuron (120 + 84 + 10) the true total is &lt;b&gt;62,006&lt;/b&gt;.</source>
      <translation>La diapositiva dice &lt;b&gt;61 795&lt;/b&gt;: cuenta los sesgos de cada capa totalmente conectada como 1. Con un sesgo por neurona (120 + 84 + 10) el total real es &lt;b&gt;62 006&lt;/b&gt;.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>LeNet</source>
      <translation>LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>The trained LeNet could not be loaded</source>
      <translation>No se pudo cargar la LeNet entrenada</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Draw a digit</source>
      <translation>Dibuja un dígito</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>What the network gets</source>
      <translation>Lo que recibe la red</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>colour range</source>
      <translation>rango de colores</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Which maps share colour-bar ends: each map its own, the maps of a layer, or every map of the network (one colour, one value everywhere)</source>
      <translation>Qué mapas comparten los extremos de la barra de color: cada mapa los suyos, los mapas de una capa o todos los de la red (un color, un valor en todas partes)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Every layer, live</source>
      <translation>Cada capa, en vivo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Learned filters · edit the trained network</source>
      <translation>Filtros aprendidos · edita la red entrenada</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>PyTorch counts {count} parameters in this model.</source>
      <translation>PyTorch cuenta {count} parámetros en este modelo.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>This network (PyTorch)</source>
      <translation>Esta red (PyTorch)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>The slide's table</source>
      <translation>La tabla de la diapositiva</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Inspect</source>
      <translation>Examinar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Edit filters</source>
      <translation>Editar filtros</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Parameters</source>
      <translation>Parámetros</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Every layer</source>
      <translation>Cada capa</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Inspect · edit · parameters</source>
      <translation>Examinar · editar · parámetros</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Open a photo of a digit</source>
      <translation>Abrir una foto de un dígito</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>draw a digit</source>
      <translation>dibuja un dígito</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Could not open that photo: {problem} The drawing stays.</source>
      <translation>No se pudo abrir esa foto: {problem} El dibujo se mantiene.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>preprocess {ms} ms · forward {forward} ms</source>
      <translation>preprocesado {ms} ms · pasada hacia delante {forward} ms</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>camera</source>
      <translation>cámara</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/channel_grids.py" />
      <source>The channels' sums are added into one output cell</source>
      <translation>Las sumas de los canales se suman en una celda de salida</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/channel_grids.py" />
      <source>Sum {total}</source>
      <translation>Suma {total}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Transposed convolution</source>
      <translation>Convolución traspuesta</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>cells (rows × columns)</source>
      <translation>celdas (filas × columnas)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>“same”: ⌈n / stride⌉ out</source>
      <translation>«same»: salen ⌈n / paso⌉</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>“valid”: none</source>
      <translation>«valid»: ninguno</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>The decks' worked examples, or your own numbers</source>
      <translation>Los ejemplos resueltos de las diapositivas, o tus propios números</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Your own numbers</source>
      <translation>Tus propios números</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Random numbers</source>
      <translation>Números aleatorios</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Fill the input with new random whole numbers 0–9</source>
      <translation>Rellenar la entrada con nuevos enteros aleatorios 0–9</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Use the picture</source>
      <translation>Usar la imagen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Shrink the open picture to the input size (grey levels 0–255)</source>
      <translation>Reducir la imagen abierta al tamaño de la entrada (niveles de gris 0–255)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>input rows</source>
      <translation>filas de entrada</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>input columns</source>
      <translation>columnas de entrada</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Convolution, max or average pooling, or a transposed convolution</source>
      <translation>Convolución, pooling máximo o promedio, o una convolución traspuesta</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Kernels the course uses</source>
      <translation>Kernels que usa el curso</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>(your own kernel)</source>
      <translation>(tu propio kernel)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Off: cross-correlation, what CNNs compute. On: the kernel is turned 180° first, as in the mathematical convolution.</source>
      <translation>Desactivado: correlación cruzada, lo que calculan las CNN. Activado: el kernel gira primero 180°, como en la convolución matemática.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Second kernel on the output</source>
      <translation>Segundo kernel sobre la salida</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Apply a second kernel to the output and click its cells: the input cells one cell of layer 2 depends on light up (two 3×3 kernels see 5×5)</source>
      <translation>Aplica un segundo kernel a la salida y haz clic en sus celdas: se iluminan las celdas de entrada de las que depende una celda de la capa 2 (dos kernels 3×3 ven 5×5)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>pooling window size</source>
      <translation>tamaño de la ventana de pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>“same” pads so that the output has ⌈n / stride⌉ cells a side: the input's size at stride 1</source>
      <translation>«same» rellena para que la salida tenga ⌈n / paso⌉ celdas por lado: el tamaño de la entrada con paso 1</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>padding on every side (rows; columns too while they are equal)</source>
      <translation>relleno en cada lado (filas; también columnas mientras sean iguales)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Rows of padding above and below; the columns follow while both are equal</source>
      <translation>Filas de relleno arriba y abajo; las columnas siguen mientras sean iguales</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>padding columns (left and right)</source>
      <translation>columnas de relleno (izquierda y derecha)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Columns of padding left and right: set them apart from the rows here</source>
      <translation>Columnas de relleno a izquierda y derecha: ajústalas aquí aparte de las filas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>output padding</source>
      <translation>relleno de salida</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>output padding: extra cells kept at the bottom and right of a transposed convolution's output (smaller than the stride or the dilation)</source>
      <translation>relleno de salida: celdas extra que se conservan abajo y a la derecha de la salida de una convolución traspuesta (menor que el paso o la dilatación)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>filter stepped through</source>
      <translation>filtro que se recorre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Added once to the channels' sums: output = red + green + blue + b</source>
      <translation>Se suma una vez a las sumas de los canales: salida = rojo + verde + azul + b</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Operation</source>
      <translation>Operación</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Kernel size</source>
      <translation>Tamaño del kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Window</source>
      <translation>Ventana</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Filter</source>
      <translation>Filtro</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Bias b</source>
      <translation>Sesgo b</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Sliding</source>
      <translation>Deslizamiento</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Pad cells</source>
      <translation>Celdas de relleno</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Output padding</source>
      <translation>Relleno de salida</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Shrink “{name}” to the input size (grey levels 0–255)</source>
      <translation>Reducir «{name}» al tamaño de la entrada (niveles de gris 0–255)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Open a picture first</source>
      <translation>Abre antes una imagen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>kernel 2 (on the output)</source>
      <translation>kernel 2 (sobre la salida)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>No layer 2</source>
      <translation>Sin capa 2</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>layer 2, {rows}×{cols} (click a cell)</source>
      <translation>capa 2, {rows}×{cols} (haz clic en una celda)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>same as one {rows}×{cols} kernel</source>
      <translation>igual que un kernel {rows}×{cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>Layer-2 cell ({cell}) reads {rows}×{cols} cells of the first output, which together read {size} input cells: its receptive field.</source>
      <translation>La celda de la capa 2 ({cell}) lee {rows}×{cols} celdas de la primera salida, que juntas leen {size} celdas de entrada: su campo receptivo.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>{speed} step/s</source>
      <translation>{speed} paso/s</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>{speed} steps/s</source>
      <translation>{speed} pasos/s</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>First step (Home)</source>
      <translation>Primer paso (Inicio)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Step back (Left)</source>
      <translation>Paso atrás (Izquierda)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Play / pause (Space)</source>
      <translation>Reproducir / pausa (Espacio)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Step forward (Right)</source>
      <translation>Paso adelante (Derecha)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Last step (End)</source>
      <translation>Último paso (Fin)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Drag to any step</source>
      <translation>Arrastra a cualquier paso</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Playback speed (+ / −)</source>
      <translation>Velocidad de reproducción (+ / −)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Play</source>
      <translation>Reproducir</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>step {step} of {count}</source>
      <translation>paso {step} de {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>no steps</source>
      <translation>sin pasos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source> of “{picture}”</source>
      <translation> de «{picture}»</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Input {rows}×{cols}</source>
      <translation>Entrada {rows}×{cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>transposed convolution: every input cell stamps the kernel, scaled, into the output</source>
      <translation>convolución traspuesta: cada celda de entrada estampa el kernel, escalado, en la salida</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Kernel {rows}×{cols}</source>
      <translation>Kernel {rows}×{cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>No output</source>
      <translation>Sin salida</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>, {padding} cut from each side</source>
      <translation>, {padding} recortadas de cada lado</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Output {rows}×{cols}</source>
      <translation>Salida {rows}×{cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>The stamp: input cell × kernel</source>
      <translation>El sello: celda de entrada × kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>orange: this stamp</source>
      <translation>naranja: este sello</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>… and {count} more overlapping cell(s)</source>
      <translation>… y {count} celda(s) solapada(s) más</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Step {step} of {count} · input {cell} stamps {landed} output cell(s)</source>
      <translation>Paso {step} de {count} · la entrada {cell} estampa {landed} celda(s) de salida</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>, then × {factor}</source>
      <translation>, luego × {factor}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Multiply the whole kernel by this input cell and add the stamp into the output; where stamps overlap the output holds their sum{then}.</source>
      <translation>Multiplica todo el kernel por esta celda de entrada y suma el sello a la salida; donde los sellos se solapan la salida guarda su suma{then}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>{value} × kernel</source>
      <translation>{value} × kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source> ({cut} of its cells fall in the cut-off padding)</source>
      <translation> ({cut} de sus celdas caen en el relleno recortado)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>{stamp}: the whole stamp falls in the cut-off padding</source>
      <translation>{stamp}: todo el sello cae en el relleno recortado</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>{first} to {last}</source>
      <translation>{first} a {last}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>{stamp} → output rows {rows}, columns {cols}</source>
      <translation>{stamp} → filas de salida {rows}, columnas {cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Space plays or pauses, the arrow keys step, Home and End go to the first and last step; each step's arithmetic is read out</source>
      <translation>Espacio reproduce o pausa, las flechas avanzan paso a paso, Inicio y Fin van al primer y al último paso; se lee en voz alta la aritmética de cada paso</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>The example, the operation and the sliding settings</source>
      <translation>El ejemplo, la operación y los ajustes de deslizamiento</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Settings</source>
      <translation>Ajustes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Show the settings column (presentation mode hides it to give the numbers room)</source>
      <translation>Mostrar la columna de ajustes (el modo presentación la oculta para dar sitio a los números)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>the picture</source>
      <translation>la imagen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Steps: “{picture}” is ready; press “Use the picture” to step through it.</source>
      <translation>Pasos: «{picture}» está lista; pulsa «Usar la imagen» para recorrerla paso a paso.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Open a picture first (File ▸ Open image…).</source>
      <translation>Abre antes una imagen (Archivo ▸ Abrir imagen…).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Turned kernel</source>
      <translation>Kernel girado</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Every product is summed with the whole-number cells, then the sum is multiplied by {factor}.</source>
      <translation>Cada producto se suma con las celdas enteras y luego la suma se multiplica por {factor}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source> (turned 180°, as applied)</source>
      <translation> (girado 180°, tal como se aplica)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>&lt;b&gt;max&lt;/b&gt; of each&lt;br&gt;{size}×{size} window&lt;br&gt;stride {stride}</source>
      <translation>&lt;b&gt;máximo&lt;/b&gt; de cada&lt;br&gt;ventana {size}×{size}&lt;br&gt;paso {stride}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>&lt;b&gt;average&lt;/b&gt; of each&lt;br&gt;{size}×{size} window&lt;br&gt;stride {stride}</source>
      <translation>&lt;b&gt;media&lt;/b&gt; de cada&lt;br&gt;ventana {size}×{size}&lt;br&gt;paso {stride}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source> of filter {filter} of {count}</source>
      <translation> del filtro {filter} de {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Products: window × kernel</source>
      <translation>Productos: ventana × kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>The window</source>
      <translation>La ventana</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Kernel, products and output are coloured by what they can be, as everywhere in convviz; every cell shows its number too.</source>
      <translation>Kernel, productos y salida se colorean según lo que pueden valer, como en todo convviz; cada celda muestra también su número.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>each kernel slice multiplies its own channel; the channels' sums and the bias are added into one output cell</source>
      <translation>cada capa del kernel multiplica su propio canal; las sumas de los canales y el sesgo se suman en una celda de salida</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>multiply each covered cell by the kernel weight in its corner, then add the products</source>
      <translation>multiplica cada celda cubierta por el peso del kernel de su esquina y suma los productos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>the largest value wins</source>
      <translation>gana el valor más grande</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>add them all, divide by the count</source>
      <translation>súmalos todos y divide por la cantidad</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Step {step} of {count} · output {cell}</source>
      <translation>Paso {step} de {count} · salida {cell}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Nothing to show yet.</source>
      <translation>Aún no hay nada que mostrar.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>No steps with these settings</source>
      <translation>Sin pasos con estos ajustes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Change the kernel size, padding, stride or dilation and the steps come back.</source>
      <translation>Cambia el tamaño del kernel, el relleno, el paso o la dilatación y los pasos volverán.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Steps: “{picture}” shrunk to {rows}×{cols} grey levels (0 = black, 255 = white).</source>
      <translation>Pasos: «{picture}» reducida a {rows}×{cols} niveles de gris (0 = negro, 255 = blanco).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>The picture could not be shrunk: {problem}</source>
      <translation>No se pudo reducir la imagen: {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/camera_panel.py" />
      <source>Keep the frame on screen as an ordinary picture: pin a pixel, step through it, export it</source>
      <translation>Conservar el fotograma en pantalla como una imagen normal: fijar un píxel, recorrerla paso a paso, exportarla</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/camera_panel.py" />
      <source>Opening {source}…</source>
      <translation>Abriendo {source}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/camera_panel.py" />
      <source>{shown:.1f} frames a second shown ({captured:.1f} from the camera) · {width}×{height}</source>
      <translation>{shown:.1f} fotogramas por segundo mostrados ({captured:.1f} de la cámara) · {width}×{height}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>confusion matrix</source>
      <translation>matriz de confusión</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>Rows: the true digit; columns: what the network read. Arrow keys choose a cell and list its test digits</source>
      <translation>Filas: el dígito verdadero; columnas: lo que leyó la red. Las flechas eligen una celda y listan sus dígitos de prueba</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>read as →</source>
      <translation>leído como →</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>true digit →</source>
      <translation>dígito real →</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>{count} test digits that are {true}s read as {predicted}</source>
      <translation>{count} dígitos de prueba que son {true} leídos como {predicted}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>{count} test digit(s) that are {true}s {what} · click to see them</source>
      <translation>{count} dígito(s) de prueba que son {true} {what} · haz clic para verlos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/drawing_canvas.py" />
      <source>Draw a digit: left button or pen. Ctrl+Z undoes the last stroke.</source>
      <translation>Dibuja un dígito: botón izquierdo o lápiz. Ctrl+Z deshace el último trazo.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/drawing_canvas.py" />
      <source>draw a digit here</source>
      <translation>dibuja aquí un dígito</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/file_filters.py" />
      <source>All files</source>
      <translation>Todos los archivos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/live_camera.py" />
      <source>The camera is off.</source>
      <translation>La cámara está apagada.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/live_camera.py" />
      <source>Paused: frame {number} is the picture now.</source>
      <translation>En pausa: el fotograma {number} es ahora la imagen.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>map {number} of {count}</source>
      <translation>mapa {number} de {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>filter {number} of {count}</source>
      <translation>filtro {number} de {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>channel {number} of {count}</source>
      <translation>canal {number} de {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>slice {number} of {count}</source>
      <translation>capa {number} de {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>hover for values · click a map to inspect it</source>
      <translation>pasa el ratón para ver valores · haz clic en un mapa para examinarlo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>maps</source>
      <translation>mapas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>Arrow keys choose a map (or a unit) to inspect, as a click does</source>
      <translation>Las flechas eligen un mapa (o una unidad) para examinar, como un clic</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>this map's colours: {low} to {high}</source>
      <translation>colores de este mapa: {low} a {high}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>Arrow keys move between cells; type a number or press Enter to change one</source>
      <translation>Las flechas pasan de una celda a otra; escribe un número o pulsa Intro para cambiar una</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>Arrow keys move between cells to read them</source>
      <translation>Las flechas pasan de una celda a otra para leerlas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>The cell keeps {value}.</source>
      <translation>La celda conserva {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>padding ({value})</source>
      <translation>relleno ({value})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>not revealed yet</source>
      <translation>aún sin revelar</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Layer</source>
      <translation>Capa</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Output</source>
      <translation>Salida</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Activations</source>
      <translation>Activaciones</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Weights</source>
      <translation>Pesos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Biases</source>
      <translation>Sesgos</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>ReLU</source>
      <translation>ReLU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>max pool</source>
      <translation>max pool</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>fully connected</source>
      <translation>totalmente conectada</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>softmax</source>
      <translation>softmax</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>parameters of each layer</source>
      <translation>parámetros de cada capa</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Each layer's output shape, weights and biases, one row a layer</source>
      <translation>La forma de salida, los pesos y los sesgos de cada capa, una fila por capa</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>probability of each digit</source>
      <translation>probabilidad de cada dígito</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>The network reads</source>
      <translation>La red lee</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>{percent} sure</source>
      <translation>{percent} seguro</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>fc3 · 10 logits</source>
      <translation>fc3 · 10 logits</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>softmax · probabilities</source>
      <translation>softmax · probabilidades</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>logits</source>
      <translation>logits</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>None (identity)</source>
      <translation>Ninguna (identidad)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Passes every value through unchanged: the layer stays linear.</source>
      <translation>Deja pasar cada valor sin cambios: la capa sigue siendo lineal.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Keeps positive responses and zeroes negative ones; cheap and does not saturate for x &gt; 0.</source>
      <translation>Conserva las respuestas positivas y anula las negativas; barata y no se satura para x &gt; 0.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Leaky ReLU</source>
      <translation>Leaky ReLU</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Like ReLU but lets a small slope a through for x &lt; 0, so neurons never stop learning entirely.</source>
      <translation>Como ReLU pero deja pasar una pequeña pendiente a para x &lt; 0, así las neuronas nunca dejan de aprender del todo.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Sigmoid</source>
      <translation>Sigmoide</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Squashes any value into (0, 1); saturates for large |x|, so gradients vanish there.</source>
      <translation>Comprime cualquier valor en (0, 1); se satura para |x| grande, y allí los gradientes se desvanecen.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>tanh</source>
      <translation>tanh</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Squashes any value into (−1, 1), centred on zero; saturates like the sigmoid.</source>
      <translation>Comprime cualquier valor en (−1, 1), centrada en cero; se satura como la sigmoide.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>ELU</source>
      <translation>ELU</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Identity for x &gt; 0 and a smooth curve towards −α below zero, keeping mean activations near zero.</source>
      <translation>Identidad para x &gt; 0 y una curva suave hacia −α bajo cero; mantiene las activaciones medias cerca de cero.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Softmax</source>
      <translation>Softmax</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Turns a vector of scores into probabilities that are positive and sum to 1 (the last layer of a classifier).</source>
      <translation>Convierte un vector de puntuaciones en probabilidades positivas que suman 1 (la última capa de un clasificador).</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>unknown activation {name!r}; choose one of {choices}</source>
      <translation>activación desconocida {name!r}; elige una de {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>the slope and alpha of an activation must be finite numbers</source>
      <translation>la pendiente y el alfa de una activación deben ser números finitos</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>maxout needs at least one feature map</source>
      <translation>maxout necesita al menos un mapa de características</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>feature maps</source>
      <translation>mapas de características</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the image has {channels} channels but the kernel is a single {kh}×{kw} grid; use a gray image or a ({channels}, kh, kw) kernel</source>
      <translation>la imagen tiene {channels} canales pero el kernel es una sola cuadrícula {kh}×{kw}; usa una imagen gris o un kernel ({channels}, kh, kw)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>channel mismatch: the kernel has {kernel_channels} channel(s) but the image has {channels}; they must be equal</source>
      <translation>los canales no coinciden: el kernel tiene {kernel_channels} canal(es) pero la imagen tiene {channels}; deben ser iguales</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the {kh}×{kw} kernel (with dilation {d} it spans {span} cells) is too tall for the {padded}-cell padded input; add padding or use a smaller kernel</source>
      <translation>el kernel {kh}×{kw} (con dilatación {d} abarca {span} celdas) es demasiado alto para la entrada con relleno de {padded} celdas; añade relleno o usa un kernel más pequeño</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the {kh}×{kw} kernel (with dilation {d} it spans {span} cells) is too wide for the {padded}-cell padded input; add padding or use a smaller kernel</source>
      <translation>el kernel {kh}×{kw} (con dilatación {d} abarca {span} celdas) es demasiado ancho para la entrada con relleno de {padded} celdas; añade relleno o usa un kernel más pequeño</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>convolution engine</source>
      <translation>motor de convolución</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>groups</source>
      <translation>grupos</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>dtype must be a float type such as float32 (got {dtype})</source>
      <translation>dtype debe ser un tipo de coma flotante como float32 (se recibió {dtype})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>image</source>
      <translation>imagen</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>groups must be at least 1 (got {groups})</source>
      <translation>el número de grupos debe ser al menos 1 (se recibió {groups})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>grouped convolution needs a (N, C/groups, kh, kw) bank of filters (got a kernel of shape {shape})</source>
      <translation>la convolución agrupada necesita un banco de filtros (N, C/groups, kh, kw) (se recibió un kernel de forma {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the image's {channels} channel(s) cannot be split into {groups} equal groups; choose groups that divide {channels}</source>
      <translation>los {channels} canal(es) de la imagen no se pueden dividir en {groups} grupos iguales; elige un número de grupos que divida {channels}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the {filters} filter(s) cannot be shared out among {groups} groups; the number of filters must be a multiple of groups</source>
      <translation>los {filters} filtro(s) no se pueden repartir entre {groups} grupos; el número de filtros debe ser múltiplo del número de grupos</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>with {groups} groups each filter sees {per_group} channel(s) ({channels} / {groups}), but the kernel has {kernel_channels}; its shape must be ({filters}, {per_group}, kh, kw)</source>
      <translation>con {groups} grupos, cada filtro ve {per_group} canal(es) ({channels} / {groups}), pero el kernel tiene {kernel_channels}; su forma debe ser ({filters}, {per_group}, kh, kw)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>grouped convolution needs a (C, H, W) picture with several channels</source>
      <translation>la convolución agrupada necesita una imagen (C, H, W) con varios canales</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the OpenCV engine needs the opencv-python-headless package; install it or use engine="numpy"</source>
      <translation>el motor OpenCV necesita el paquete opencv-python-headless; instálalo o usa engine="numpy"</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>device must be a name such as 'cpu' or 'cuda', not {name!r}</source>
      <translation>el dispositivo debe ser un nombre como 'cpu' o 'cuda', no {name!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>unknown device {name!r}; choose one of {choices} (or 'auto')</source>
      <translation>dispositivo desconocido {name!r}; elige uno de {choices} (o 'auto')</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>No usable CUDA GPU was found; computing on the CPU instead.</source>
      <translation>No se encontró ninguna GPU CUDA utilizable; se calcula en la CPU.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>No usable Apple GPU (MPS) was found; computing on the CPU instead.</source>
      <translation>No se encontró ninguna GPU de Apple (MPS) utilizable; se calcula en la CPU.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>There is no GPU number {index} (this machine has {count}); using cuda:0.</source>
      <translation>No hay ninguna GPU número {index} (esta máquina tiene {count}); se usa cuda:0.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>a PostScript document</source>
      <translation>un documento PostScript</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>an EPS document (PostScript)</source>
      <translation>un documento EPS (PostScript)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>a PDF document</source>
      <translation>un documento PDF</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>image mode</source>
      <translation>modo de imagen</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>max_side must be a whole number of pixels, at least 1 (got {max_side!r})</source>
      <translation>max_side debe ser un número entero de píxeles, al menos 1 (se recibió {max_side!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} needs more memory than this computer has free; shrink it first</source>
      <translation>{name} necesita más memoria de la que este ordenador tiene libre; reduce antes su tamaño</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} could not be read as a picture: it may be damaged or cut short ({error})</source>
      <translation>{name} no se pudo leer como imagen: quizá esté dañado o incompleto ({error})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>a picture</source>
      <translation>una imagen</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is empty (0 bytes), so it holds no picture</source>
      <translation>{name} está vacío (0 bytes), así que no contiene ninguna imagen</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is {kind}, not a picture convviz reads; convviz never starts another program to read a file. Export it as {formats} first</source>
      <translation>{name} es {kind}, no una imagen que convviz lea; convviz nunca inicia otro programa para leer un archivo. Expórtalo antes como {formats}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is not a picture convviz can read; it reads {formats} files</source>
      <translation>{name} no es una imagen que convviz pueda leer; lee archivos {formats}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is far too large to open safely (more than {limit:,} pixels); shrink it in an image editor first</source>
      <translation>{name} es demasiado grande para abrirlo con seguridad (más de {limit:,} píxeles); redúcelo antes en un editor de imágenes</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} has no pixels ({width}×{height})</source>
      <translation>{name} no tiene píxeles ({width}×{height})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is {width}×{height} pixels, too large to open safely (the limit is {limit:,} pixels); shrink it in an image editor first</source>
      <translation>{name} tiene {width}×{height} píxeles, demasiado para abrirlo con seguridad (el límite es {limit:,} píxeles); redúcelo antes en un editor de imágenes</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>shape must be (height, width), not {shape!r}</source>
      <translation>la forma debe ser (height, width), no {shape!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>the downscaled size must be at least 1×1 (got {target_h}×{target_w})</source>
      <translation>el tamaño reducido debe ser al menos 1×1 (se recibió {target_h}×{target_w})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>the image must be (H, W) or (C, H, W) and not empty (got shape {shape})</source>
      <translation>la imagen debe ser (H, W) o (C, H, W) y no estar vacía (se recibió la forma {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>the kernel's factor</source>
      <translation>el factor del kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must be a number such as 1/9, not {value!r}</source>
      <translation>{what} debe ser un número como 1/9, no {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must be a finite number such as 1/9, not {value!r}</source>
      <translation>{what} debe ser un número finito como 1/9, no {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must be written like 1/9, 2 or 0.5, not {value!r}</source>
      <translation>{what} debe escribirse como 1/9, 2 o 0.5, no {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must be a number such as 1/9, not {kind}</source>
      <translation>{what} debe ser un número como 1/9, no {kind}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must not be 0 (every weight is multiplied by it)</source>
      <translation>{what} no puede ser 0 (cada peso se multiplica por él)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} is {factor}; write a simpler factor such as 1/9 or 1/256</source>
      <translation>{what} es {factor}; escribe un factor más sencillo, como 1/9 o 1/256</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Identity</source>
      <translation>Identidad</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Copies each pixel unchanged: the neutral kernel to compare every other one with.</source>
      <translation>Copia cada píxel sin cambios: el kernel neutro con el que comparar los demás.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Edge detection (diagonal)</source>
      <translation>Detección de bordes (diagonal)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Compares opposite corners, so it answers where brightness changes along the diagonals.</source>
      <translation>Compara esquinas opuestas, así responde donde el brillo cambia a lo largo de las diagonales.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Edge detection (4-neighbour)</source>
      <translation>Detección de bordes (4 vecinos)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Centre against its four neighbours: zero on flat areas, large where intensity bends (edges).</source>
      <translation>El centro contra sus cuatro vecinos: cero en zonas planas, grande donde la intensidad se curva (bordes).</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Edge detection (8-neighbour)</source>
      <translation>Detección de bordes (8 vecinos)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Centre against all eight neighbours: highlights edges in every direction, flat areas go to 0.</source>
      <translation>El centro contra sus ocho vecinos: resalta bordes en todas direcciones, las zonas planas van a 0.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Sharpen</source>
      <translation>Enfocar</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>The image plus its 4-neighbour edges: boosts local contrast while keeping overall brightness.</source>
      <translation>La imagen más sus bordes de 4 vecinos: aumenta el contraste local y conserva el brillo general.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Edge enhance</source>
      <translation>Realzar bordes</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>The picture plus half its 8-neighbour edges (Pillow's EDGE_ENHANCE): weights add up to 1, edges gain contrast.</source>
      <translation>La imagen más la mitad de sus bordes de 8 vecinos (EDGE_ENHANCE de Pillow): los pesos suman 1, los bordes ganan contraste.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Box blur</source>
      <translation>Desenfoque de caja</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Replaces each pixel by the mean of its 3×3 neighbourhood: smooths noise and detail equally.</source>
      <translation>Sustituye cada píxel por la media de su vecindario 3×3: suaviza por igual el ruido y el detalle.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Gaussian blur 3×3</source>
      <translation>Desenfoque gaussiano 3×3</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>A weighted mean that trusts the centre most: a softer, more natural blur than the box.</source>
      <translation>Una media ponderada que confía más en el centro: un desenfoque más suave y natural que el de caja.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Gaussian blur 5×5</source>
      <translation>Desenfoque gaussiano 5×5</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>A wider Gaussian (binomial weights 1-4-6-4-1): stronger smoothing without the box's blocky artefacts.</source>
      <translation>Un gaussiano más ancho (pesos binomiales 1-4-6-4-1): suavizado más fuerte sin los artefactos en bloques de la caja.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Unsharp mask 5×5</source>
      <translation>Máscara de enfoque 5×5</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Twice the image minus its Gaussian blur: sharpens by adding back the detail the blur removed.</source>
      <translation>El doble de la imagen menos su desenfoque gaussiano: enfoca devolviendo el detalle que quitó el desenfoque.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Emboss</source>
      <translation>Relieve</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Subtracts the upper-left from the lower-right: edges look raised, lit from one side.</source>
      <translation>Resta la parte superior izquierda de la inferior derecha: los bordes parecen en relieve, iluminados desde un lado.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Outline</source>
      <translation>Contorno</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Keeps only where a pixel differs from all its neighbours: draws the outlines of shapes.</source>
      <translation>Conserva solo donde un píxel difiere de todos sus vecinos: dibuja los contornos de las formas.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Sobel x</source>
      <translation>Sobel x</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Horizontal gradient with the centre row weighted double: finds vertical edges, robust to noise.</source>
      <translation>Gradiente horizontal con la fila central doble: encuentra bordes verticales, robusto ante el ruido.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Sobel y</source>
      <translation>Sobel y</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Vertical gradient with the centre column weighted double: finds horizontal edges.</source>
      <translation>Gradiente vertical con la columna central doble: encuentra bordes horizontales.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Prewitt x</source>
      <translation>Prewitt x</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Right minus left, every row weighted equally: a plain detector of vertical edges.</source>
      <translation>Derecha menos izquierda, todas las filas con igual peso: un detector simple de bordes verticales.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Prewitt y</source>
      <translation>Prewitt y</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Bottom minus top, every column weighted equally: a plain detector of horizontal edges.</source>
      <translation>Abajo menos arriba, todas las columnas con igual peso: un detector simple de bordes horizontales.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Scharr x</source>
      <translation>Scharr x</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Like Sobel x with weights tuned so edges of every orientation get a more accurate strength.</source>
      <translation>Como Sobel x con pesos ajustados para que los bordes de cualquier orientación tengan una intensidad más precisa.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Scharr y</source>
      <translation>Scharr y</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Like Sobel y with weights tuned so edges of every orientation get a more accurate strength.</source>
      <translation>Como Sobel y con pesos ajustados para que los bordes de cualquier orientación tengan una intensidad más precisa.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Laplacian</source>
      <translation>Laplaciano</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>The second derivative: zero on flat areas and steady ramps, strong on both sides of an edge.</source>
      <translation>La segunda derivada: cero en zonas planas y rampas uniformes, fuerte a ambos lados de un borde.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Horizontal lines</source>
      <translation>Líneas horizontales</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Rewards a bright middle row against dark rows above and below: responds to thin horizontal lines.</source>
      <translation>Premia una fila central clara frente a filas oscuras arriba y abajo: responde a líneas horizontales finas.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Vertical lines</source>
      <translation>Líneas verticales</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Rewards a bright middle column against dark sides: responds to thin vertical lines.</source>
      <translation>Premia una columna central clara frente a lados oscuros: responde a líneas verticales finas.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>45° lines</source>
      <translation>Líneas a 45°</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Rewards a bright rising diagonal (/) against its surroundings: responds to 45° lines.</source>
      <translation>Premia una diagonal ascendente clara (/) frente a su entorno: responde a líneas a 45°.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>135° lines</source>
      <translation>Líneas a 135°</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Rewards a bright falling diagonal (\) against its surroundings: responds to 135° lines.</source>
      <translation>Premia una diagonal descendente clara (\) frente a su entorno: responde a líneas a 135°.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Vertical edge (decks)</source>
      <translation>Borde vertical (diapositivas)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Left column minus right column: positive where bright turns to dark going right (a vertical edge).</source>
      <translation>Columna izquierda menos derecha: positivo donde lo claro pasa a oscuro hacia la derecha (un borde vertical).</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Horizontal edge (decks)</source>
      <translation>Borde horizontal (diapositivas)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Top row minus bottom row: positive where bright turns to dark going down (a horizontal edge).</source>
      <translation>Fila superior menos inferior: positivo donde lo claro pasa a oscuro hacia abajo (un borde horizontal).</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Vertical edge [−1 0 1] (6×6 example)</source>
      <translation>Borde vertical [−1 0 1] (ejemplo 6×6)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Right column minus left column, as in the 6×6 worked example: positive where it gets brighter going right.</source>
      <translation>Columna derecha menos izquierda, como en el ejemplo resuelto 6×6: positivo donde se aclara hacia la derecha.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>X pattern: diagonal \ (9×9 example)</source>
      <translation>Patrón X: diagonal \ (ejemplo 9×9)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>+1 on the falling diagonal, −1 elsewhere: scores 9 (1.00 after ÷9) where the X has a \ stroke.</source>
      <translation>+1 en la diagonal descendente, −1 en el resto: da 9 (1,00 tras ÷9) donde la X tiene un trazo \.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>X pattern: diagonal / (9×9 example)</source>
      <translation>Patrón X: diagonal / (ejemplo 9×9)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>+1 on the rising diagonal, −1 elsewhere: finds the / strokes of the X in the 9×9 example.</source>
      <translation>+1 en la diagonal ascendente, −1 en el resto: encuentra los trazos / de la X del ejemplo 9×9.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>X pattern: crossing (9×9 example)</source>
      <translation>Patrón X: cruce (ejemplo 9×9)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>+1 on both diagonals: peaks where the two strokes of the X cross.</source>
      <translation>+1 en ambas diagonales: máximo donde se cruzan los dos trazos de la X.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>unknown kernel preset {name!r}; choose one of {choices}</source>
      <translation>kernel predefinido desconocido {name!r}; elige uno de {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/padding.py" />
      <source>reflect padding must be smaller than the image side: {cells} cell(s) cannot mirror a {height}×{width} image; use less padding or zeros/replicate</source>
      <translation>el relleno reflect debe ser menor que el lado de la imagen: {cells} celda(s) no pueden reflejar una imagen de {height}×{width}; usa menos relleno o zeros/replicate</translation>
    </message>
    <message>
      <location filename="../../convviz/core/padding.py" />
      <source>padding must be 0 or more on every side</source>
      <translation>el relleno debe ser 0 o más en cada lado</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>feature map</source>
      <translation>mapa de características</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pooling mode</source>
      <translation>modo de pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool size</source>
      <translation>tamaño del pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool stride</source>
      <translation>paso del pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool padding must be a number of cells (0 or more), not {padding!r}</source>
      <translation>el relleno del pooling debe ser un número de celdas (0 o más), no {padding!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool padding</source>
      <translation>relleno del pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool padding must be at most half the pool size: {k}-cell windows allow 0 to {most} cell(s) of padding (got {pad})</source>
      <translation>el relleno del pooling debe ser como mucho la mitad del tamaño del pooling: las ventanas de {k} celdas admiten de 0 a {most} celda(s) de relleno (se recibió {pad})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>the {rows}×{cols} pool window is bigger than the {height}×{width} (padded) feature map; use a window of at most {most} cells</source>
      <translation>la ventana de pooling {rows}×{cols} es mayor que el mapa de características (con relleno) de {height}×{width}; usa una ventana de como mucho {most} celdas</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>no output (the kernel is larger than the padded input)</source>
      <translation>sin salida (el kernel es mayor que la entrada con relleno)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>input size</source>
      <translation>tamaño de la entrada</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>kernel size</source>
      <translation>tamaño del kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>input size must be at least 1 (got {n})</source>
      <translation>el tamaño de la entrada debe ser al menos 1 (se recibió {n})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>kernel size must be at least 1 (got {f})</source>
      <translation>el tamaño del kernel debe ser al menos 1 (se recibió {f})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>stride must be at least 1 (got {s})</source>
      <translation>el paso debe ser al menos 1 (se recibió {s})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>dilation must be at least 1 (got {d})</source>
      <translation>la dilatación debe ser al menos 1 (se recibió {d})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>output_size works on one axis: give padding as one number</source>
      <translation>output_size trabaja sobre un solo eje: da el relleno como un único número</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>the {f}×{f} kernel (with dilation {d} it spans {span} cells) is larger than the {padded}-cell padded input; add padding or use a smaller kernel</source>
      <translation>el kernel {f}×{f} (con dilatación {d} abarca {span} celdas) es mayor que la entrada con relleno de {padded} celdas; añade relleno o usa un kernel más pequeño</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>, with f = {formula}</source>
      <translation>, con f = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>0 or more</source>
      <translation>0 o más</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>at least {minimum}</source>
      <translation>al menos {minimum}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>{name} must be {rule} (got {number})</source>
      <translation>el valor de {name} debe ser {rule} (se recibió {number})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>output padding ({op}) must be smaller than the stride ({s}) or the dilation ({d}); it only chooses between output sizes that the same stride could give</source>
      <translation>el relleno de salida ({op}) debe ser menor que el paso ({s}) o la dilatación ({d}); solo elige entre tamaños de salida que podría dar el mismo paso</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>the padding ({p}) cuts away the whole output ({before} cells before cutting); use less padding</source>
      <translation>el relleno ({p}) recorta toda la salida ({before} celdas antes de recortar); usa menos relleno</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>{formula} = {size}: no output (the padding cuts away every cell)</source>
      <translation>{formula} = {size}: sin salida (el relleno recorta todas las celdas)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/steps.py" />
      <source>step index must be an integer, not {kind}</source>
      <translation>el índice del paso debe ser un entero, no {kind}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/steps.py" />
      <source>step {index} is out of range; there are {n} steps (0 to {last})</source>
      <translation>el paso {index} está fuera de rango; hay {n} pasos (de 0 a {last})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/steps.py" />
      <source>output cell ({out_row}, {out_col}) is outside the {ho}×{wo} output</source>
      <translation>la celda de salida ({out_row}, {out_col}) está fuera de la salida de {ho}×{wo}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/steps.py" />
      <source>steps follow one filter at a time; the kernel has {filters} filters, pass kernel[n]</source>
      <translation>los pasos siguen un filtro cada vez; el kernel tiene {filters} filtros, pasa kernel[n]</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>a transposed convolution's kernel is a (kh, kw) grid or a (C_in, C_out, kh, kw) bank (got shape {shape}); for one output channel use shape (C_in, 1, kh, kw)</source>
      <translation>el kernel de una convolución traspuesta es una cuadrícula (kh, kw) o un banco (C_in, C_out, kh, kw) (se recibió la forma {shape}); para un solo canal de salida usa la forma (C_in, 1, kh, kw)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>the image has {channels} channels but the kernel is a single grid; use a gray image or a ({channels}, C_out, kh, kw) kernel</source>
      <translation>la imagen tiene {channels} canales pero el kernel es una sola cuadrícula; usa una imagen gris o un kernel ({channels}, C_out, kh, kw)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>channel mismatch: the kernel is made for {kernel_channels} input channel(s) but the image has {channels}; a transposed kernel's first axis counts the input channels</source>
      <translation>los canales no coinciden: el kernel está hecho para {kernel_channels} canal(es) de entrada pero la imagen tiene {channels}; el primer eje de un kernel traspuesto cuenta los canales de entrada</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>the padding ({p}) cuts away the whole output: before cutting it is {before} cells tall; use less padding</source>
      <translation>el relleno ({p}) recorta toda la salida: antes de recortar mide {before} celdas de alto; usa menos relleno</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>the padding ({p}) cuts away the whole output: before cutting it is {before} cells wide; use less padding</source>
      <translation>el relleno ({p}) recorta toda la salida: antes de recortar mide {before} celdas de ancho; usa menos relleno</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>output channel</source>
      <translation>canal de salida</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>a transposed convolution's padding is a number of cells cut from each side (got {padding!r}); "same" and "valid" belong to ordinary convolution</source>
      <translation>el relleno de una convolución traspuesta es un número de celdas recortadas de cada lado (se recibió {padding!r}); "same" y "valid" son de la convolución ordinaria</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>{value} × kernel → output rows {rows}, columns {cols}</source>
      <translation>{value} × kernel → filas de salida {rows}, columnas {cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>kernel</source>
      <translation>kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>the stamp steps follow one channel: give an (H, W) picture and a (kh, kw) kernel (got shapes {shape} and {kernel_shape})</source>
      <translation>los pasos del sello siguen un solo canal: da una imagen (H, W) y un kernel (kh, kw) (se recibieron las formas {shape} y {kernel_shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>input cell ({in_row}, {in_col}) is outside the {h}×{w} input</source>
      <translation>la celda de entrada ({in_row}, {in_col}) está fuera de la entrada de {h}×{w}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>{bias} (bias)</source>
      <translation>{bias} (sesgo)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>no stamp reaches this cell</source>
      <translation>ningún sello llega a esta celda</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>{name} must be a whole number, not {value!r}</source>
      <translation>el valor de {name} debe ser un número entero, no {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>{name} must be one number or a (vertical, horizontal) pair, not {value!r}</source>
      <translation>el valor de {name} debe ser un número o un par (vertical, horizontal), no {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>{name} must be 0 or more (got {number}); it cannot be negative</source>
      <translation>el valor de {name} debe ser 0 o más (se recibió {number}); no puede ser negativo</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>{name} must be at least {minimum} (got {number})</source>
      <translation>el valor de {name} debe ser al menos {minimum} (se recibió {number})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>padding mode must be one of {choices} (got {mode!r})</source>
      <translation>el modo de relleno debe ser uno de {choices} (se recibió {mode!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>padding must be a number of cells (0 or more), "valid" or "same" (got {padding!r})</source>
      <translation>el relleno debe ser un número de celdas (0 o más), "valid" o "same" (se recibió {padding!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the {what} must be a rectangular grid of numbers</source>
      <translation>los datos de {what} deben ser una cuadrícula rectangular de números</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the {what} must contain only numbers, but it holds text or other values</source>
      <translation>los datos de {what} deben contener solo números, pero contienen texto u otros valores</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>filter</source>
      <translation>filtro</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>bias needs one value per {unit} ({count}), got {size}</source>
      <translation>el sesgo necesita un valor por cada {unit} ({count}); se recibieron {size}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the bias must be a finite number</source>
      <translation>el sesgo debe ser un número finito</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the kernel must be a (kh, kw) grid, a (C, kh, kw) stack or a (N, C, kh, kw) bank of filters (got {ndim} dimension(s))</source>
      <translation>el kernel debe ser una cuadrícula (kh, kw), una pila (C, kh, kw) o un banco de filtros (N, C, kh, kw) (se recibieron {ndim} dimensión(es))</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the kernel is empty (shape {shape}); it needs at least one weight</source>
      <translation>el kernel está vacío (forma {shape}); necesita al menos un peso</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the kernel contains NaN or infinity; every weight must be a finite number</source>
      <translation>el kernel contiene NaN o infinito; cada peso debe ser un número finito</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the {what} must be (H, W) or (C, H, W) (got shape {shape})</source>
      <translation>los datos de {what} deben tener la forma (H, W) o (C, H, W) (se recibió la forma {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the {what} is empty (shape {shape})</source>
      <translation>los datos de {what} están vacíos (forma {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>unknown {name} {value!r}; choose one of {choices}</source>
      <translation>{name}: valor desconocido {value!r}; elige uno de {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>{count} frames of {width}×{height} pixels need too much memory; choose a smaller cell size or fewer steps</source>
      <translation>{count} fotogramas de {width}×{height} píxeles necesitan demasiada memoria; elige un tamaño de celda menor o menos pasos</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>unknown animation format {fmt!r}; choose "gif" or "apng"</source>
      <translation>formato de animación desconocido {fmt!r}; elige "gif" o "apng"</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>fps must be a number from 0.1 to 50 (got {fps!r})</source>
      <translation>fps debe ser un número de 0.1 a 50 (se recibió {fps!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>hold_last_s must be 0 to 60 seconds (got {hold_last_s!r})</source>
      <translation>hold_last_s debe estar entre 0 y 60 segundos (se recibió {hold_last_s!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>{count} steps is too many for an animation (at most {MAX_FRAMES}); use a smaller matrix, a larger stride or a smaller picture</source>
      <translation>{count} pasos son demasiados para una animación (como mucho {MAX_FRAMES}); usa una matriz más pequeña, un paso (stride) mayor o una imagen más pequeña</translation>
    </message>
    <message>
      <location filename="../../convviz/export/files.py" />
      <source>the {what} must contain only numbers</source>
      <translation>los datos de {what} deben contener solo números</translation>
    </message>
    <message>
      <location filename="../../convviz/export/files.py" />
      <source>cannot save {name}: the folder {folder} does not exist</source>
      <translation>no se puede guardar {name}: la carpeta {folder} no existe</translation>
    </message>
    <message>
      <location filename="../../convviz/export/files.py" />
      <source>cannot save into {folder}: {reason}</source>
      <translation>no se puede guardar en {folder}: {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/files.py" />
      <source>cannot save {target}: {reason}</source>
      <translation>no se puede guardar {target}: {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>a map must be one non-empty 2-D grid (got shape {shape})</source>
      <translation>un mapa debe ser una sola cuadrícula 2-D no vacía (se recibió la forma {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>unknown colour map {colormap!r}; use "auto" or one of {choices}</source>
      <translation>mapa de colores desconocido {colormap!r}; usa "auto" o uno de {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>levels must be two finite numbers with low &lt; high (got {levels!r})</source>
      <translation>los niveles (levels) deben ser dos números finitos con low &lt; high (se recibió {levels!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>scale must be a whole number of pixels per cell, at least 1 (got {scale!r})</source>
      <translation>la escala (scale) debe ser un número entero de píxeles por celda, al menos 1 (se recibió {scale!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>a {cols}×{rows} map at scale {scale} would be {width}×{height} pixels; choose a scale that keeps both sides at most {most}</source>
      <translation>un mapa de {cols}×{rows} a escala {scale} tendría {width}×{height} píxeles; elige una escala que deje ambos lados en {most} como mucho</translation>
    </message>
    <message>
      <location filename="../../convviz/export/matrix_csv.py" />
      <source>matrix</source>
      <translation>matriz</translation>
    </message>
    <message>
      <location filename="../../convviz/export/matrix_csv.py" />
      <source>CSV export takes a non-empty 1-D, 2-D or 3-D array (got shape {shape})</source>
      <translation>la exportación CSV admite un array 1-D, 2-D o 3-D no vacío (se recibió la forma {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/matrix_csv.py" />
      <source>channel_names needs a 3-D array and one name per channel</source>
      <translation>channel_names necesita un array 3-D y un nombre por canal</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>the picture is either embedded or read from its file, not {picture!r}</source>
      <translation>la imagen se incrusta o se lee de su archivo, no {picture!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>only the Convolution view's picture can be read from its file</source>
      <translation>solo la imagen de la vista Convolución se puede leer de su archivo</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>there is no Python export for a {kind}</source>
      <translation>no hay exportación a Python para un {kind}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>{value} is not a finite number, so it cannot be written as code</source>
      <translation>{value} no es un número finito, así que no se puede escribir como código</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>this picture did not come from a file, so it can only be embedded</source>
      <translation>esta imagen no viene de un archivo, así que solo se puede incrustar</translation>
    </message>
    <message>
      <location filename="../../convviz/export/scene.py" />
      <source>LeNet reads a 28×28 digit, not one of shape {shape}.</source>
      <translation>LeNet lee un dígito de 28×28, no uno de forma {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>export_steps_animation needs the steps of convviz.core.conv_steps or pool_steps</source>
      <translation>export_steps_animation necesita los pasos de convviz.core.conv_steps o pool_steps</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>cell_px must be a whole number from 16 to 200 (got {cell_px!r})</source>
      <translation>cell_px debe ser un número entero de 16 a 200 (se recibió {cell_px!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>there are no steps to animate</source>
      <translation>no hay pasos que animar</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>unknown colour scale {scale!r}; use one of {choices}</source>
      <translation>escala de colores desconocida {scale!r}; usa una de {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>the padded input is {height}×{width} cells; an animation shows every number, so use a matrix of at most {most}×{most} (downscale the picture first)</source>
      <translation>la entrada con relleno tiene {height}×{width} celdas; una animación muestra cada número, así que usa una matriz de {most}×{most} como mucho (reduce antes la imagen)</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>channel {number}</source>
      <translation>canal {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>input (padded)</source>
      <translation>entrada (con relleno)</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>output</source>
      <translation>salida</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>output {number}</source>
      <translation>salida {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>step {i} is out of range; there are {count} steps</source>
      <translation>el paso {i} está fuera de rango; hay {count} pasos</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>Step {step} of {count}: output row {row}, column {column}</source>
      <translation>Paso {step} de {count}: salida fila {row}, columna {column}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>a transposed-convolution lesson takes one (H, W) input and one (kh, kw) kernel</source>
      <translation>una lección de convolución traspuesta admite una entrada (H, W) y un kernel (kh, kw)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>no input</source>
      <translation>sin entrada</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.input_shape is {expected} but the input is {actual}</source>
      <translation>expected.input_shape es {expected} pero la entrada es {actual}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.output is given but the lesson computes nothing (no kernel, pooling or activation)</source>
      <translation>expected.output está indicado, pero la lección no calcula nada (ni kernel, ni pooling, ni activación)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.output_size is {expected} but convviz computes {computed}</source>
      <translation>expected.output_size es {expected} pero convviz calcula {computed}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.output is {expected} but convviz computes {computed}</source>
      <translation>expected.output es {expected} pero convviz calcula {computed}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.output{where} is {expected:g} but convviz computes {computed:g}</source>
      <translation>expected.output{where} es {expected:g} pero convviz calcula {computed:g}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>tables[{index}].total is {given:,} but the layers add up to {total:,}</source>
      <translation>tables[{index}].total es {given:,} pero las capas suman {total:,}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>In lesson file {source}, the field "{where}" {problem}.</source>
      <translation>En el archivo de lección {source}, el campo "{where}" {problem}.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>In lesson file {source}, the top level {problem}.</source>
      <translation>En el archivo de lección {source}, el nivel superior {problem}.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be an object {{...}}, not {found}</source>
      <translation>debe ser un objeto {{...}}, no {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has an unknown key {unknown!r} (allowed keys: {choices}); check its spelling</source>
      <translation>tiene una clave desconocida {unknown!r} (claves permitidas: {choices}); comprueba cómo está escrita</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; every lesson needs it</source>
      <translation>falta; toda lección lo necesita</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty text, not {found}</source>
      <translation>debe ser un texto no vacío, no {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {count} characters long; keep it under {max_length}</source>
      <translation>tiene {count} caracteres; debe tener menos de {max_length}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a whole number, not {found}</source>
      <translation>debe ser un número entero, no {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be at least {minimum} (got {found})</source>
      <translation>debe ser al menos {minimum} (se recibió {found})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be at most {maximum:,}, the most the view shows (got {found})</source>
      <translation>debe ser como mucho {maximum:,}, lo máximo que muestra la vista (se recibió {found})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a number, not {found}</source>
      <translation>debe ser un número, no {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a finite number, not {value}</source>
      <translation>debe ser un número finito, no {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be from {allowed}, as the view allows (got {value:g})</source>
      <translation>debe ir {allowed}, como permite la vista (se recibió {value:g})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be true or false, not {found}</source>
      <translation>debe ser true o false, no {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be one of {choices}, not {found}</source>
      <translation>debe ser uno de {choices}, no {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be one whole number or a [vertical, horizontal] pair, not {found}</source>
      <translation>debe ser un número entero o un par [vertical, horizontal], no {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of rows, like [[1, 2], [3, 4]], not {found}</source>
      <translation>debe ser una lista no vacía de filas, como [[1, 2], [3, 4]], no {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has {cells:,} cells; inline matrices hold at most {most}</source>
      <translation>tiene {cells:,} celdas; las matrices escritas en la lección tienen como mucho {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>row {row} must be a non-empty list of numbers, not {found}</source>
      <translation>tiene en la fila {row} algo que no es una lista no vacía de números: {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is ragged: row {row} has {count} numbers but row 1 has {first_count}; every row needs the same length</source>
      <translation>es irregular: la fila {row} tiene {count} números pero la fila 1 tiene {first_count}; todas las filas deben tener la misma longitud</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of grids (one per channel), not {found}</source>
      <translation>debe ser una lista no vacía de cuadrículas (una por canal), no {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must hold exactly {count} grids (red, green, blue), not {found}</source>
      <translation>debe contener exactamente {count} cuadrículas (rojo, verde, azul), no {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has channels of different sizes: channel {number} is {size} but channel 1 is {first_size}</source>
      <translation>tiene canales de distintos tamaños: el canal {number} es de {size} pero el canal 1 es de {first_size}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>the text {text!r}</source>
      <translation>el texto {text!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>the number {number}</source>
      <translation>el número {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>a list of {count} item(s)</source>
      <translation>una lista de {count} elemento(s)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>an object</source>
      <translation>un objeto</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>needs exactly one of "matrix", "rgb", "channels" or "sample" (found {found})</source>
      <translation>necesita exactamente uno de "matrix", "rgb", "channels" o "sample" (se encontró {found})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>needs exactly one of "matrix", "rgb", "channels" or "sample"</source>
      <translation>necesita exactamente uno de "matrix", "rgb", "channels" o "sample"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a [low, high] pair of numbers</source>
      <translation>debe ser un par de números [low, high]</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must have low &lt; high (got {low} and {high})</source>
      <translation>debe cumplir low &lt; high (se recibieron {low} y {high})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to a "sample" input</source>
      <translation>solo se aplica a una entrada "sample"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a file name from resources/samples, not a path ({name!r})</source>
      <translation>debe ser un nombre de archivo de resources/samples, no una ruta ({name!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>names {name!r}, which is not a shipped sample; choose one of {choices}</source>
      <translation>nombra {name!r}, que no es un ejemplo incluido; elige uno de {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>needs exactly one of "matrix", "channels" or "preset" (found {found})</source>
      <translation>necesita exactamente uno de "matrix", "channels" o "preset" (se encontró {found})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>needs exactly one of "matrix", "channels" or "preset"</source>
      <translation>necesita exactamente uno de "matrix", "channels" o "preset"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must not be 0 (the weights are divided by it)</source>
      <translation>no puede ser 0 (los pesos se dividen entre él)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>gives both "scale" and "divisor"; write the factor once, e.g. "scale": "1/9"</source>
      <translation>da a la vez "scale" y "divisor"; escribe el factor una sola vez, p. ej. "scale": "1/9"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a factor such as "1/9" or 0.5</source>
      <translation>debe ser un factor como "1/9" o 0.5</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>names an unknown preset {name!r}; choose one of {choices}</source>
      <translation>nombra un kernel predefinido desconocido {name!r}; elige uno de {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {rows}×{cols}; a kernel has {allowed} cells a side, as the kernel editor</source>
      <translation>es de {rows}×{cols}; un kernel tiene {allowed} celdas por lado, como en el editor de kernels</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to a convolution, but settings.mode is {mode!r}</source>
      <translation>solo se aplica a una convolución, pero settings.mode es {mode!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to pooling (settings.mode "max" or "avg")</source>
      <translation>solo se aplica al pooling (settings.mode "max" o "avg")</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>does not apply to a transposed convolution (a stamp is never turned)</source>
      <translation>no se aplica a una convolución traspuesta (un sello nunca se gira)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>of a transposed convolution is a number of cells cut from each side</source>
      <translation>de una convolución traspuesta es un número de celdas recortadas de cada lado</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to a transposed convolution (settings.mode "transposed")</source>
      <translation>solo se aplica a una convolución traspuesta (settings.mode "transposed")</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to the {owner!r} activation</source>
      <translation>solo se aplica a la activación {owner!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a [height, width] pair</source>
      <translation>debe ser un par [height, width]</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>says {size} but expected.output is {expected}</source>
      <translation>indica {size} pero expected.output es {expected}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a list of whole numbers, like [3, 6, 6]</source>
      <translation>debe ser una lista de números enteros, como [3, 6, 6]</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; a {kind!r} layer needs it</source>
      <translation>falta; una capa {kind!r} lo necesita</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>does not apply to a {kind!r} layer</source>
      <translation>no se aplica a una capa {kind!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>does not go with "network": the named network brings its own</source>
      <translation>no es compatible con "network": la red indicada ya trae el suyo</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>names an unknown network {name!r}; choose one of {choices}</source>
      <translation>nombra una red desconocida {name!r}; elige una de {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; a table needs "input_shape" and "layers" (or a "network" name)</source>
      <translation>falta; una tabla necesita "input_shape" y "layers" (o un nombre en "network")</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be [channels, height, width] or [features]</source>
      <translation>debe ser [channels, height, width] o [features]</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of layers</source>
      <translation>debe ser una lista no vacía de capas</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>holds {count:,} layers; a table shows at most {most}</source>
      <translation>contiene {count:,} capas; una tabla muestra como mucho {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>names {source!r}, which is not an earlier layer of this table</source>
      <translation>nombra {source!r}, que no es una capa anterior de esta tabla</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of {"cell": [row, col], "printed": number}</source>
      <translation>debe ser una lista no vacía de {"cell": [row, col], "printed": number}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be [row, col] or [map, row, col] (counting from 0)</source>
      <translation>debe ser [row, col] o [map, row, col] (contando desde 0)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of layer names ({names})</source>
      <translation>debe ser una lista no vacía de nombres de capas ({names})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be the whole number {schema}, not {found}</source>
      <translation>debe ser el número entero {schema}, no {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {version}, newer than this convviz understands ({schema}); update convviz to open it</source>
      <translation>es {version}, más nuevo de lo que entiende este convviz ({schema}); actualiza convviz para abrirlo</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {version}; this convviz reads lesson schema {schema}</source>
      <translation>es {version}; este convviz lee el esquema de lección {schema}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be lower-case words joined by hyphens, like "stride-2" (got {lesson_id!r})</source>
      <translation>debe estar formado por palabras en minúscula unidas por guiones, como "stride-2" (se recibió {lesson_id!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a list of kernels, not {found}</source>
      <translation>debe ser una lista de kernels, no {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>holds {count:,} kernels; a lesson offers at most {most}</source>
      <translation>contiene {count:,} kernels; una lección ofrece como mucho {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a list of parameter tables, not {found}</source>
      <translation>debe ser una lista de tablas de parámetros, no {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>holds {count:,} tables; a lesson shows at most {most}</source>
      <translation>contiene {count:,} tablas; una lección muestra como mucho {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be an object of languages, like {{"de": {{...}}}}, not {found}</source>
      <translation>debe ser un objeto de idiomas, como {{"de": {{...}}}}, no {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>holds {count:,} languages; a lesson carries at most {most}</source>
      <translation>contiene {count:,} idiomas; una lección lleva como mucho {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has the language {language!r}; write a code like "de" or "zh_CN"</source>
      <translation>tiene el idioma {language!r}; escribe un código como "de" o "zh_CN"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a list of {count} texts, one for each {what}</source>
      <translation>debe ser una lista de {count} textos, uno por cada {what}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; a lesson for the {view!r} view needs an input</source>
      <translation>falta; una lección para la vista {view!r} necesita una entrada</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {groups}; a lesson's groups are 1 (every filter sees all channels) or the input's {channels} channel(s) (depthwise: one map per channel)</source>
      <translation>es {groups}; los grupos de una lección son 1 (cada filtro ve todos los canales) o los {channels} canal(es) de la entrada (en profundidad: un mapa por canal)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>of a depthwise lesson is one kernel with one slice per channel (each channel's filter)</source>
      <translation>de una lección en profundidad es un kernel con una parte por canal (el filtro de cada canal)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is empty; a convolution in the {view!r} view needs at least one kernel</source>
      <translation>está vacío; una convolución en la vista {view!r} necesita al menos un kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be empty for pooling (settings.mode {mode!r}): pooling has no weights</source>
      <translation>debe estar vacío para el pooling (settings.mode {mode!r}): el pooling no tiene pesos</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has {depth} channel(s) but the input has {channels}; give one grid per input channel with "channels"</source>
      <translation>tiene {depth} canal(es) pero la entrada tiene {channels}; da una cuadrícula por canal de entrada con "channels"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has {depth} channel(s) but the input has 1; use "matrix"</source>
      <translation>tiene {depth} canal(es) pero la entrada tiene 1; usa "matrix"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>have different sizes ({choices}); a bank of filters needs one size</source>
      <translation>tiene tamaños distintos ({choices}); un banco de filtros necesita un solo tamaño</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>points into expected.output, which is missing</source>
      <translation>apunta a expected.output, que falta</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>{cell} is outside the {size} output</source>
      <translation>{cell} está fuera de la salida de {size}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; slide_cells need a sentence saying what the slide printed</source>
      <translation>falta; slide_cells necesita una frase que diga lo que mostraba la diapositiva</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>opens the training panel, which belongs to the LeNet view ("view": "lenet")</source>
      <translation>abre el panel de entrenamiento, que pertenece a la vista LeNet ("view": "lenet")</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is for a grey convolution in the Steps view ("view": "steps")</source>
      <translation>es para una convolución gris en la vista Pasos ("view": "steps")</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {rows}×{cols}; the Steps view takes kernels of {allowed} cells a side</source>
      <translation>es de {rows}×{cols}; la vista Pasos admite kernels de {allowed} celdas por lado</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {number}; the Steps view takes {allowed}</source>
      <translation>es {number}; la vista Pasos admite valores {allowed}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {rows}×{cols}; the Steps view shows at most {most}×{most}</source>
      <translation>es de {rows}×{cols}; la vista Pasos muestra como mucho {most}×{most}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {size}; the Steps view takes kernels of {allowed} cells a side</source>
      <translation>es de {size}; la vista Pasos admite kernels de {allowed} celdas por lado</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>cannot be worked out ({error})</source>
      <translation>no se puede calcular ({error})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>{padding!r} adds {cells} cells; the Steps view takes {allowed}</source>
      <translation>{padding!r} añade {cells} celdas; la vista Pasos admite {allowed}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>a lesson file</source>
      <translation>un archivo de lección</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {path} does not exist.</source>
      <translation>El archivo de lección {path} no existe.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {path} cannot be read ({reason}).</source>
      <translation>El archivo de lección {path} no se puede leer ({reason}).</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {source} is not UTF-8 text; save it as UTF-8 JSON.</source>
      <translation>El archivo de lección {source} no es texto UTF-8; guárdalo como JSON en UTF-8.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {source} is not valid JSON: {msg} at line {lineno}, column {colno}.</source>
      <translation>El archivo de lección {source} no es JSON válido: {msg} en la línea {lineno}, columna {colno}.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {source} cannot be used: {error}.</source>
      <translation>El archivo de lección {source} no se puede usar: {error}.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>In lesson file {source}, {problem}; correct the file (the app always shows true values).</source>
      <translation>En el archivo de lección {source}, {problem}; corrige el archivo (la aplicación siempre muestra los valores verdaderos).</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>Lesson files {first!r} and {name!r} share the id {id!r}.</source>
      <translation>Los archivos de lección {first!r} y {name!r} comparten el id {id!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>Lesson files {first!r} and {name!r} share the number {number}.</source>
      <translation>Los archivos de lección {first!r} y {name!r} comparten el número {number}.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>There is no lesson {lesson_id!r}; the lessons are {choices}.</source>
      <translation>No hay ninguna lección {lesson_id!r}; las lecciones son {choices}.</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>"{field}" must be a whole number from {range}, not {value}</source>
      <translation>"{field}" debe ser un número entero {range}, no {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>"{field}" must be a number from {range}, not {value}</source>
      <translation>"{field}" debe ser un número {range}, no {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>"{field}" must be from {range}, not {value}</source>
      <translation>"{field}" debe ir {range}, no {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>{low} to {high}</source>
      <translation>de {low} a {high}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>a whole number of about {digits:,} digits</source>
      <translation>un número entero de unos {digits:,} dígitos</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>the text {text}</source>
      <translation>el texto {text}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>a list of {count:,} item(s)</source>
      <translation>una lista de {count:,} elemento(s)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>LeNet-5 of 1998 (LeCun et al.: 1×32×32 input, tanh, subsampling, RBF outputs)</source>
      <translation>LeNet-5 de 1998 (LeCun et al.: entrada 1×32×32, tanh, submuestreo, salidas RBF)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>AlexNet (torchvision's version, 3×224×224 input)</source>
      <translation>AlexNet (versión de torchvision, entrada 3×224×224)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>VGG-16 (3×224×224 input)</source>
      <translation>VGG-16 (entrada 3×224×224)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>ResNet-50 (3×224×224 input)</source>
      <translation>ResNet-50 (entrada 3×224×224)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>unknown network {name!r}; choose one of {names}</source>
      <translation>red desconocida {name!r}; elige una de {names}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>there is no file at {path}.</source>
      <translation>no hay ningún archivo en {path}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{path} cannot be read ({reason}).</source>
      <translation>{path} no se puede leer ({reason}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is empty.</source>
      <translation>{name} está vacío.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is {size}, more than the {limit} convviz reads for a small network.</source>
      <translation>{name} ocupa {size}, más de los {limit} que convviz lee para una red pequeña.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} grew past {limit} while it was read.</source>
      <translation>{name} superó los {limit} mientras se leía.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{path} is a folder, not a model file.</source>
      <translation>{path} es una carpeta, no un archivo de modelo.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>a named pipe</source>
      <translation>una tubería con nombre</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>a device or socket</source>
      <translation>un dispositivo o un socket</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{path} is {what}, not a regular file; convviz only opens model files.</source>
      <translation>{path} es {what}, no un archivo normal; convviz solo abre archivos de modelo.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is not a PyTorch model file (a damaged zip archive: {error}).</source>
      <translation>{name} no es un archivo de modelo de PyTorch (un archivo zip dañado: {error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} holds {count} files inside it; a model file of a small network holds far fewer.</source>
      <translation>{name} contiene {count} archivos; el archivo de modelo de una red pequeña contiene muchos menos.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} looks like TorchScript but cannot be opened (its data.pkl is missing).</source>
      <translation>{name} parece TorchScript pero no se puede abrir (falta su data.pkl).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is not a PyTorch model file (a zip archive without data.pkl).</source>
      <translation>{name} no es un archivo de modelo de PyTorch (un archivo zip sin data.pkl).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} holds {size} of TorchScript code, more than the {limit} a small network needs.</source>
      <translation>{name} contiene {size} de código TorchScript, más de los {limit} que necesita una red pequeña.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} defines __setstate__, code that TorchScript would run while the file is opened; convviz does not open such models.</source>
      <translation>{name} define __setstate__, código que TorchScript ejecutaría al abrir el archivo; convviz no abre esos modelos.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: a tensor declares {size} but its data is missing.</source>
      <translation>{name} está dañado: un tensor declara {size} pero faltan sus datos.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: a tensor declares {size} but its data holds {stored}.</source>
      <translation>{name} está dañado: un tensor declara {size} pero sus datos ocupan {stored}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} declares {size} of weights, more than the {limit} convviz opens for a small network; it was refused before anything was unpacked.</source>
      <translation>{name} declara {size} de pesos, más de los {limit} que convviz abre para una red pequeña; se rechazó antes de desempaquetar nada.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} holds a {size} {member}, more than the {limit} a small network's file needs; it was refused before it was read.</source>
      <translation>{name} contiene un {member} de {size}, más de los {limit} que necesita el archivo de una red pequeña; se rechazó antes de leerlo.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged ({member}: {error}).</source>
      <translation>{name} está dañado ({member}: {error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: {member} is longer than it says.</source>
      <translation>{name} está dañado: {member} es más largo de lo que indica.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: its {member} cannot be read ({error}).</source>
      <translation>{name} está dañado: su {member} no se puede leer ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} refers to data in a way PyTorch files do not ({member}).</source>
      <translation>{name} hace referencia a datos de una forma que los archivos de PyTorch no usan ({member}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} stores tensors of a kind convviz does not read ({kind}).</source>
      <translation>{name} guarda tensores de un tipo que convviz no lee ({kind}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: a tensor's size in {member} is not a count.</source>
      <translation>{name} está dañado: el tamaño de un tensor en {member} no es un número de elementos.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} holds Python objects or code ({names}), not just weights; convviz never runs code from a file.</source>
      <translation>{name} contiene objetos o código de Python ({names}), no solo pesos; convviz nunca ejecuta código de un archivo.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} was saved in the format of PyTorch before 1.6, which convviz does not read; load it and torch.save it again with a newer PyTorch.</source>
      <translation>{name} se guardó en el formato de PyTorch anterior a la versión 1.6, que convviz no lee; cárgalo y vuelve a guardarlo con torch.save en un PyTorch más reciente.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is not a PyTorch model file.</source>
      <translation>{name} no es un archivo de modelo de PyTorch.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>Class digits (*.classdigits);;All files (*)</source>
      <translation>Dígitos de la clase (*.classdigits);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>class digits are 28×28 grey pictures (uint8), not {shape} {dtype}.</source>
      <translation>los dígitos de la clase son imágenes grises de 28×28 (uint8), no {shape} {dtype}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>there are {images} class digits but {labels} labels; they must match.</source>
      <translation>hay {images} dígitos de la clase pero {labels} etiquetas; deben coincidir.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>the labels of class digits must be whole numbers from 0 to 9.</source>
      <translation>las etiquetas de los dígitos de la clase deben ser números enteros de 0 a 9.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>a collection holds at most {limit} class digits, not {count}.</source>
      <translation>una colección tiene como mucho {limit} dígitos de la clase, no {count}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>a class digit is a 28×28 uint8 picture, not {shape} {dtype}.</source>
      <translation>un dígito de la clase es una imagen de 28×28 en uint8, no {shape} {dtype}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>there is no class digit number {index}.</source>
      <translation>no hay ningún dígito de la clase número {index}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>together these files hold {count} different digits; a collection holds at most {limit}.</source>
      <translation>juntos, estos archivos tienen {count} dígitos distintos; una colección tiene como mucho {limit}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>the held-out share must be above 0 and below 1, not {value}.</source>
      <translation>la parte apartada debe ser mayor que 0 y menor que 1, no {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>a class digits file</source>
      <translation>un archivo de dígitos de la clase</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>{name}: {reason}</source>
      <translation>{name}: {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it is larger than a class digits file can be ({limit} MB).</source>
      <translation>es más grande de lo que puede ser un archivo de dígitos de la clase ({limit} MB).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it is not a class digits file (not text).</source>
      <translation>no es un archivo de dígitos de la clase (no es texto).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it is not a class digits file (broken JSON at line {line}, column {column}).</source>
      <translation>no es un archivo de dígitos de la clase (JSON dañado en la línea {line}, columna {column}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it is not a class digits file (it does not say "{format}").</source>
      <translation>no es un archivo de dígitos de la clase (no dice "{format}").</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its version is {value}, not a version number.</source>
      <translation>su versión es {value}, no un número de versión.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it was saved by a newer convviz (format version {version}); this one reads version {known}. Update convviz to open it.</source>
      <translation>lo guardó un convviz más nuevo (versión de formato {version}); este lee la versión {known}. Actualiza convviz para abrirlo.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its "count" must be a whole number from 0 to {limit}, not {value}.</source>
      <translation>su "count" debe ser un número entero de 0 a {limit}, no {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its "labels" must be a list of {count} digits.</source>
      <translation>sus "labels" deben ser una lista de {count} dígitos.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>label number {position} is {value}, not a digit from 0 to 9.</source>
      <translation>la etiqueta número {position} es {value}, no un dígito de 0 a 9.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it holds no "images" array.</source>
      <translation>no contiene ningún array "images".</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its images are {shape} {dtype}; {count} digits need {count}×28×28 uint8.</source>
      <translation>sus imágenes son {shape} {dtype}; {count} dígitos necesitan {count}×28×28 uint8.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its images</source>
      <translation>sus imágenes</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>the learning rate must be above 0 and at most 1.</source>
      <translation>la tasa de aprendizaje debe ser mayor que 0 y como mucho 1.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>the batch size must be at least 1.</source>
      <translation>el tamaño de lote debe ser al menos 1.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>the layers to fine-tune are among {names}, not {given}.</source>
      <translation>las capas que afinar están entre {names}, no {given}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>none</source>
      <translation>ninguna</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>the held-out share must be above 0 and below 1.</source>
      <translation>la parte apartada debe ser mayor que 0 y menor que 1.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>fine-tuning needs digits to learn from and digits kept aside to measure on: draw at least two of a digit (the collection holds {count}).</source>
      <translation>el afinado necesita dígitos para aprender y dígitos apartados para medir: dibuja al menos dos de un mismo dígito (la colección tiene {count}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>the {name} class must be between 0 and {last}, got {value}.</source>
      <translation>la clase {name} debe estar entre 0 y {last}; se recibió {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>the batch size must be at least 1, got {batch_size}.</source>
      <translation>el tamaño de lote debe ser al menos 1; se recibió {batch_size}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>labels must be a flat list of whole class numbers.</source>
      <translation>las etiquetas deben ser una lista plana de números de clase enteros.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>there are {images} pictures but {labels} labels; they must match.</source>
      <translation>hay {images} imágenes pero {labels} etiquetas; deben coincidir.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>labels must be between 0 and {last}.</source>
      <translation>las etiquetas deben estar entre 0 y {last}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>the model must return {classes} class scores per picture.</source>
      <translation>el modelo debe devolver {classes} puntuaciones de clase por imagen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>convviz opens LeNet weights (a state_dict saved with torch.save) or a TorchScript model (torch.jit.save)</source>
      <translation>convviz abre pesos de LeNet (un state_dict guardado con torch.save) o un modelo TorchScript (torch.jit.save)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{error} {accepted}.</source>
      <translation>{error} {accepted}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} holds Python objects or code ({names}), not just weights; convviz never runs code from a file. {accepted}.</source>
      <translation>{name} contiene objetos o código de Python ({names}), no solo pesos; convviz nunca ejecuta código de un archivo. {accepted}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} holds Python objects or code, not just weights; convviz never runs code from a file. {accepted}.</source>
      <translation>{name} contiene objetos o código de Python, no solo pesos; convviz nunca ejecuta código de un archivo. {accepted}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} is not a PyTorch model file ({error}). {accepted}.</source>
      <translation>{name} no es un archivo de modelo de PyTorch ({error}). {accepted}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>a 1×28×28 picture</source>
      <translation>una imagen de 1×28×28</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>a batch of two 1×28×28 pictures (it works on one)</source>
      <translation>un lote de dos imágenes de 1×28×28 (funciona con una)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} does not accept {which}: {error}.</source>
      <translation>{name} no acepta {which}: {error}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} returns {kind}, not a tensor of 10 class scores.</source>
      <translation>{name} devuelve {kind}, no un tensor de 10 puntuaciones de clase.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} returns shape {shape} for {count} picture(s); convviz needs 10 class scores per picture, shape ({count}, 10).</source>
      <translation>{name} devuelve la forma {shape} para {count} imagen(es); convviz necesita 10 puntuaciones de clase por imagen, forma ({count}, 10).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} returns NaN or infinite scores for a blank picture.</source>
      <translation>{name} devuelve puntuaciones NaN o infinitas para una imagen en blanco.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>convviz shows the layers of models built as nn.Sequential, or whose forward calls their child modules one after another (a flatten before the first Linear is allowed)</source>
      <translation>convviz muestra las capas de los modelos construidos como nn.Sequential, o cuyo forward llama a sus módulos hijos uno tras otro (se permite un flatten antes del primer Linear)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>expected a torch model, got {kind}.</source>
      <translation>se esperaba un modelo de torch; se recibió {kind}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>expected one picture, got a batch of {count}.</source>
      <translation>se esperaba una sola imagen; se recibió un lote de {count}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>this model has no convolution layer (Conv2d), so there is nothing to show.</source>
      <translation>este modelo no tiene ninguna capa de convolución (Conv2d), así que no hay nada que mostrar.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>this model shows no layers inside it; {supported}.</source>
      <translation>este modelo no muestra ninguna capa en su interior; {supported}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>running this model's layers one after another fails ({error}); {supported}.</source>
      <translation>ejecutar las capas de este modelo una tras otra falla ({error}); {supported}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>this model's forward does more than run its layers in order (for example a functional ReLU or a skip connection); {supported}.</source>
      <translation>el forward de este modelo hace algo más que ejecutar sus capas en orden (por ejemplo, una ReLU funcional o una conexión de salto); {supported}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the model must return one row of class scores per picture.</source>
      <translation>el modelo debe devolver una fila de puntuaciones de clase por imagen.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the class to explain must be a whole number, got {target!r}.</source>
      <translation>la clase que explicar debe ser un número entero; se recibió {target!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the class to explain must be between 0 and {last}, got {target}.</source>
      <translation>la clase que explicar debe estar entre 0 y {last}; se recibió {target}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the number of SmoothGrad samples cannot be negative.</source>
      <translation>el número de muestras de SmoothGrad no puede ser negativo.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the SmoothGrad noise level cannot be negative.</source>
      <translation>el nivel de ruido de SmoothGrad no puede ser negativo.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the layer {layer!r} is not one of this model's layers: {names}.</source>
      <translation>la capa {layer!r} no es una de las capas de este modelo: {names}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>this model has no layer called {layer!r}.</source>
      <translation>este modelo no tiene ninguna capa llamada {layer!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the layer {layer!r} ran {count} times in one forward pass; Grad-CAM needs once.</source>
      <translation>la capa {layer!r} se ejecutó {count} veces en una sola pasada hacia delante; Grad-CAM necesita que se ejecute una vez.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>Grad-CAM looks at a convolution layer; {layer!r} is a {kind}.</source>
      <translation>Grad-CAM mira una capa de convolución; {layer!r} es un {kind}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the layer {layer!r} does not output feature maps.</source>
      <translation>la capa {layer!r} no produce mapas de características.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the occlusion patch must be 1 to {largest} pixels wide, got {patch}.</source>
      <translation>el parche de oclusión debe medir de 1 a {largest} píxeles de ancho; se recibió {patch}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the occlusion stride must be at least 1, got {stride}.</source>
      <translation>el paso de la oclusión debe ser al menos 1; se recibió {stride}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the occlusion stride ({stride}) must not exceed the patch ({patch}), or some pixels would never be hidden.</source>
      <translation>el paso de la oclusión ({stride}) no debe superar el parche ({patch}), o algunos píxeles nunca quedarían tapados.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the occlusion fill value must be a finite number.</source>
      <translation>el valor de relleno de la oclusión debe ser un número finito.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>LeNet reads 28×28 pictures, shaped (28, 28) or (N, 28, 28), not {shape}.</source>
      <translation>LeNet lee imágenes de 28×28, con forma (28, 28) o (N, 28, 28), no {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>the pictures contain NaN or infinite values.</source>
      <translation>las imágenes contienen valores NaN o infinitos.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>float pictures must lie in [0, 1] (white digit on black); divide 0–255 pictures by 255.</source>
      <translation>las imágenes float deben estar en [0, 1] (dígito blanco sobre negro); divide entre 255 las imágenes de 0–255.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>pictures must be uint8 or float, not {dtype}.</source>
      <translation>las imágenes deben ser uint8 o float, no {dtype}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>activations shows one picture at a time, not {count}.</source>
      <translation>activations muestra una imagen cada vez, no {count}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>cannot read the IDX file {path}: {reason}.</source>
      <translation>no se puede leer el archivo IDX {path}: {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} looks gzipped but is damaged ({error}).</source>
      <translation>{name} parece comprimido con gzip pero está dañado ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} is too short to be an IDX file ({count} bytes).</source>
      <translation>{name} es demasiado corto para ser un archivo IDX ({count} bytes).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} is not an MNIST IDX file: its magic number is {magic}, expected {images_magic} (images) or {labels_magic} (labels).</source>
      <translation>{name} no es un archivo IDX de MNIST: su número mágico es {magic}, se esperaba {images_magic} (imágenes) o {labels_magic} (etiquetas).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} ends inside its header.</source>
      <translation>{name} termina dentro de su cabecera.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} declares images of {height}×{width} pixels.</source>
      <translation>{name} declara imágenes de {height}×{width} píxeles.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} declares {dims} = {expected} values but holds {actual}: the file is truncated or damaged.</source>
      <translation>{name} declara {dims} = {expected} valores pero contiene {actual}: el archivo está truncado o dañado.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} holds labels, not images.</source>
      <translation>{name} contiene etiquetas, no imágenes.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} holds images, not labels.</source>
      <translation>{name} contiene imágenes, no etiquetas.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{images} images but {labels} labels: the files do not belong together.</source>
      <translation>{images} imágenes pero {labels} etiquetas: los archivos no van juntos.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} holds label {label}; digits go from 0 to 9.</source>
      <translation>{name} contiene la etiqueta {label}; los dígitos van de 0 a 9.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>unknown MNIST split {split!r}; choose one of {names}.</source>
      <translation>conjunto de MNIST desconocido {split!r}; elige uno de {names}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>LeNet-5 in the course deck (3×32×32 input)</source>
      <translation>LeNet-5 en las diapositivas del curso (entrada 3×32×32)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>LeNet-5, modern form (ReLU, max pooling), for MNIST (1×28×28 input)</source>
      <translation>LeNet-5, forma moderna (ReLU, max pooling), para MNIST (entrada 1×28×28)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>parameter_table understands LeNet models and NetworkSpec descriptions only.</source>
      <translation>parameter_table solo entiende modelos LeNet y descripciones NetworkSpec.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{model}: LeNet-5 in its modern form, ReLU and max pooling ({shape} input)</source>
      <translation>{model}: LeNet-5 en su forma moderna, ReLU y max pooling (entrada {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name} needs a channels×height×width input, not {shape}.</source>
      <translation>{name} necesita una entrada canales×alto×ancho, no {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: the window size must be at least 1.</source>
      <translation>{name}: el tamaño de la ventana debe ser al menos 1.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: the stride must be at least 1.</source>
      <translation>{name}: el paso debe ser al menos 1.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: a {kernel}×{kernel} window does not fit in a {height}×{width} input with padding {padding}.</source>
      <translation>{name}: una ventana de {kernel}×{kernel} no cabe en una entrada de {height}×{width} con relleno {padding}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: the connection table lists {count} filters but the layer has {size}.</source>
      <translation>{name}: la tabla de conexiones enumera {count} filtros pero la capa tiene {size}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: every filter must read distinct input maps numbered 0 to {last}, not {inputs}.</source>
      <translation>{name}: cada filtro debe leer mapas de entrada distintos numerados de 0 a {last}, no {inputs}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name} reads from {source!r}, which is not an earlier layer.</source>
      <translation>{name} lee de {source!r}, que no es una capa anterior.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: a residual sum needs equal shapes, not {shape} and {other} (from {source}).</source>
      <translation>{name}: una suma residual necesita formas iguales, no {shape} y {other} (de {source}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: a residual sum needs a source layer to add.</source>
      <translation>{name}: una suma residual necesita una capa de origen que sumar.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>unknown layer kind {kind!r} in {name}.</source>
      <translation>tipo de capa desconocido {kind!r} en {name}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>every input dimension must be at least 1, not {shape}.</source>
      <translation>cada dimensión de entrada debe ser al menos 1, no {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>two layers are called {name!r}; a network with shortcuts needs unique names.</source>
      <translation>dos capas se llaman {name!r}; una red con atajos necesita nombres únicos.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/preprocess.py" />
      <source>draw a digit first: the picture is blank (nothing stands out from the background).</source>
      <translation>dibuja antes un dígito: la imagen está en blanco (nada destaca sobre el fondo).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/preprocess.py" />
      <source>the picture must hold numbers, not {dtype}.</source>
      <translation>la imagen debe contener números, no {dtype}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/preprocess.py" />
      <source>the picture must be a 2-D grey image (height × width), not shape {shape}.</source>
      <translation>la imagen debe ser una imagen gris 2-D (alto × ancho), no de forma {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/preprocess.py" />
      <source>the picture contains NaN or infinite values.</source>
      <translation>la imagen contiene valores NaN o infinitos.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>the sandbox's time limits must be positive numbers of seconds.</source>
      <translation>los límites de tiempo del entorno cerrado deben ser números de segundos positivos.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>the sandbox's memory limit must be a whole number of at least 16 MiB.</source>
      <translation>el límite de memoria del entorno cerrado debe ser un número entero de al menos 16 MiB.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>open</source>
      <translation>abrirse</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>answer</source>
      <translation>responder</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>compute its layers</source>
      <translation>calcular sus capas</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>look into its units</source>
      <translation>examinar sus unidades</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>explain its answer</source>
      <translation>explicar su respuesta</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>the model</source>
      <translation>el modelo</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>convviz could not start the sandbox it runs own models in ({error}).</source>
      <translation>convviz no pudo iniciar el entorno cerrado en el que ejecuta los modelos propios ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>The sandbox for own models did not start as expected.</source>
      <translation>El entorno cerrado para modelos propios no se inició como se esperaba.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} was closed.</source>
      <translation>{name} se cerró.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{problem} Open the model again to retry.</source>
      <translation>{problem} Vuelve a abrir el modelo para reintentarlo.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} failed in its sandbox.</source>
      <translation>{name} falló en su entorno cerrado.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>The sandbox for own models did not start within {seconds:g} s (the computer is busy).</source>
      <translation>El entorno cerrado para modelos propios no se inició en {seconds:g} s (el ordenador está ocupado).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} took longer than {seconds:g} s to {what}, so convviz stopped it.</source>
      <translation>{name} tardó más de {seconds:g} s en {what}, así que convviz lo detuvo.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} sent a message convviz cannot read ({error}), so convviz stopped it.</source>
      <translation>{name} envió un mensaje que convviz no puede leer ({error}), así que convviz lo detuvo.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>The sandbox for own models could not start (exit status {code}).</source>
      <translation>El entorno cerrado para modelos propios no pudo iniciarse (código de salida {code}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} ended its sandbox unexpectedly (exit status {code}) (it may have needed more than {limit} MiB).</source>
      <translation>{name} terminó su entorno cerrado de forma inesperada (código de salida {code}) (quizá necesitaba más de {limit} MiB).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} ended its sandbox unexpectedly (exit status {code}).</source>
      <translation>{name} terminó su entorno cerrado de forma inesperada (código de salida {code}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} needed more than {limit} MiB of memory to {what}, so convviz stopped it.</source>
      <translation>{name} necesitó más de {limit} MiB de memoria para {what}, así que convviz lo detuvo.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>an array of {dtype} cannot be sent to or from the sandbox.</source>
      <translation>un array de {dtype} no se puede enviar al entorno cerrado ni recibir de él.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox is cut short.</source>
      <translation>un mensaje del entorno cerrado está cortado.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox cannot be read ({error}).</source>
      <translation>un mensaje del entorno cerrado no se puede leer ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox has no table of arrays.</source>
      <translation>un mensaje del entorno cerrado no tiene tabla de arrays.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox describes an array badly ({error}).</source>
      <translation>un mensaje del entorno cerrado describe mal un array ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox describes an array outside it.</source>
      <translation>un mensaje del entorno cerrado describe un array que queda fuera de él.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox gives an array a size that does not match its shape.</source>
      <translation>un mensaje del entorno cerrado da a un array un tamaño que no coincide con su forma.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message of {length} bytes is longer than the sandbox accepts.</source>
      <translation>un mensaje de {length} bytes es más largo de lo que acepta el entorno cerrado.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>the model failed: {error}</source>
      <translation>el modelo falló: {error}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>the sandbox holds no model yet.</source>
      <translation>el entorno cerrado aún no contiene ningún modelo.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>{name} returned {kind}, not a tensor of class scores.</source>
      <translation>{name} devolvió {kind}, no un tensor de puntuaciones de clase.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>there is no explanation called {name!r}.</source>
      <translation>no hay ninguna explicación llamada {name!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>the sandbox does not know the request {op!r}.</source>
      <translation>el entorno cerrado no conoce la petición {op!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>a unit is given by its number.</source>
      <translation>una unidad se indica por su número.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>unknown settings for activation maximisation ({error}).</source>
      <translation>ajustes desconocidos para la maximización de la activación ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>the sandbox does not know the units request {what!r}.</source>
      <translation>el entorno cerrado no conoce la petición de unidades {what!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>{name} looks like TorchScript but cannot be opened ({error}).</source>
      <translation>{name} parece TorchScript pero no se puede abrir ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>this {name} runs in the own-model sandbox; call the whole model instead.</source>
      <translation>este {name} se ejecuta en el entorno cerrado de los modelos propios; llama al modelo completo.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} has {count} layers; convviz shows at most {limit}.</source>
      <translation>{name} tiene {count} capas; convviz muestra como mucho {limit}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} has a layer name convviz cannot show ({layer!r}).</source>
      <translation>{name} tiene un nombre de capa que convviz no puede mostrar ({layer!r}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent layers convviz cannot read.</source>
      <translation>{name} envió capas que convviz no puede leer.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent positions convviz cannot read.</source>
      <translation>{name} envió posiciones que convviz no puede leer.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent a map size convviz cannot read.</source>
      <translation>{name} envió un tamaño de mapa que convviz no puede leer.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent an answer convviz cannot read.</source>
      <translation>{name} envió una respuesta que convviz no puede leer.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>the options for {function} must be plain numbers: {error}.</source>
      <translation>las opciones de {function} deben ser números simples: {error}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent filters for {layer} that convviz cannot show.</source>
      <translation>{name} envió filtros para {layer} que convviz no puede mostrar.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/script_check.py" />
      <source>own models may only use the operations of a small CNN (convolutions, pooling, linear layers, activations, normalisation, dropout, reshaping and arithmetic)</source>
      <translation>los modelos propios solo pueden usar las operaciones de una CNN pequeña (convoluciones, pooling, capas lineales, activaciones, normalización, dropout, cambios de forma y aritmética)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/script_check.py" />
      <source>{method} of {where}</source>
      <translation>{method} de {where}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/script_check.py" />
      <source>a hook of {where}</source>
      <translation>un hook de {where}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/script_check.py" />
      <source>{name} uses {kind} (in {where}), which convviz does not run: {allowed}.</source>
      <translation>{name} usa {kind} (en {where}), que convviz no ejecuta: {allowed}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/script_check.py" />
      <source>{name} has a while loop (prim::Loop without a bound, in {where}), which could run forever; convviz only runs for loops over a counted range.</source>
      <translation>{name} tiene un bucle while (prim::Loop sin límite, en {where}), que podría ejecutarse para siempre; convviz solo ejecuta bucles for sobre un rango contado.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>it does not hold a state_dict (a table of named weights)</source>
      <translation>no contiene un state_dict (una tabla de pesos con nombre)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source} does not hold a state_dict (a table of named weights).</source>
      <translation>{source} no contiene un state_dict (una tabla de pesos con nombre).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>a weight is named {key} ({kind}), but weights are named by text such as 'conv1.weight'</source>
      <translation>un peso se llama {key} ({kind}), pero los pesos se nombran con texto, como 'conv1.weight'</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source} is not a table of named weights: {detail}.</source>
      <translation>{source} no es una tabla de pesos con nombre: {detail}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>it holds a {kind} under {key}, not a tensor of weights</source>
      <translation>contiene un {kind} en {key}, no un tensor de pesos</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>missing {names}</source>
      <translation>faltan {names}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>unexpected {names}</source>
      <translation>sobran {names}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{key} is {shape} but {network} needs {needed}</source>
      <translation>{key} es {shape} pero {network} necesita {needed}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>It looks like the weights of a different network: weights alone cannot rebuild it, so save that network with torch.jit.save (TorchScript) and open that file.</source>
      <translation>Parecen los pesos de otra red: los pesos solos no bastan para reconstruirla, así que guarda esa red con torch.jit.save (TorchScript) y abre ese archivo.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source} does not fit {network}: {detail}.{hint}</source>
      <translation>{source} no encaja con {network}: {detail}.{hint}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{key} is stored in a special layout ({layout}), not as plain numbers</source>
      <translation>{key} está guardado en una disposición especial ({layout}), no como números simples</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source}: {detail}.</source>
      <translation>{source}: {detail}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{key} holds {dtype} values, not the decimal numbers weights are</source>
      <translation>{key} contiene valores {dtype}, no los números decimales que son los pesos</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{names} (NaN or infinite)</source>
      <translation>{names} (NaN o infinitos)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source} has weights that are not finite numbers: {detail}.</source>
      <translation>{source} tiene pesos que no son números finitos: {detail}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>a single number</source>
      <translation>un solo número</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>epochs must be at least 1.</source>
      <translation>el número de épocas debe ser al menos 1.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>the learning rate must be greater than 0.</source>
      <translation>la tasa de aprendizaje debe ser mayor que 0.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>weight decay cannot be negative.</source>
      <translation>el decaimiento de pesos no puede ser negativo.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>dropout must be at least 0 and below 1.</source>
      <translation>el dropout debe ser al menos 0 y menor que 1.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>the elastic wobble cannot be negative.</source>
      <translation>la deformación elástica no puede ser negativa.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>the training subset must hold at least one digit.</source>
      <translation>el subconjunto de entrenamiento debe contener al menos un dígito.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>LeNet has no learnable layer '{name}'; choose among {names}.</source>
      <translation>LeNet no tiene ninguna capa entrenable '{name}'; elige entre {names}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>Train LeNet-5 on the shipped MNIST digits and write weights plus a model card.</source>
      <translation>Entrena LeNet-5 con los dígitos MNIST incluidos y escribe los pesos y una ficha del modelo.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>peak learning rate (one-cycle)</source>
      <translation>tasa de aprendizaje máxima (one-cycle)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>cpu, cuda, mps or auto</source>
      <translation>cpu, cuda, mps o auto</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>train on the digits as they are</source>
      <translation>entrenar con los dígitos tal como son</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>largest elastic wobble, pixels (0: none)</source>
      <translation>máxima deformación elástica, en píxeles (0: ninguna)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>train on this many digits only</source>
      <translation>entrenar solo con este número de dígitos</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>fine-tune: only these layers learn ({names})</source>
      <translation>afinar: solo aprenden estas capas ({names})</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>start from the shipped trained weights</source>
      <translation>empezar con los pesos entrenados incluidos</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>CPU threads torch may use</source>
      <translation>hilos de CPU que puede usar torch</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>weights file (MODEL_CARD.md goes beside it)</source>
      <translation>archivo de pesos (MODEL_CARD.md se guarda a su lado)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>no progress bar</source>
      <translation>sin barra de progreso</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>threads must be at least 1.</source>
      <translation>el número de hilos debe ser al menos 1.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>epoch {epoch}: loss {loss:.4f}, train {train:.2f}%, test {test:.2f}%</source>
      <translation>época {epoch}: pérdida {loss:.4f}, entrenamiento {train:.2f} %, prueba {test:.2f} %</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>test accuracy {accuracy:.2f}% after {epochs} epochs in {seconds:.0f} s; wrote {weights} and {card}</source>
      <translation>precisión de prueba {accuracy:.2f} % tras {epochs} épocas en {seconds:.0f} s; se escribieron {weights} y {card}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>Training failed: {error}</source>
      <translation>El entrenamiento falló: {error}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>a training process runs one training; start another for the next.</source>
      <translation>un proceso de entrenamiento ejecuta un entrenamiento; inicia otro para el siguiente.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>training data are four arrays: training pictures, their labels, test pictures, labels.</source>
      <translation>los datos de entrenamiento son cuatro arrays: imágenes de entrenamiento, sus etiquetas, imágenes de prueba, etiquetas.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>the picture followed while training must be 28×28, not {shape}.</source>
      <translation>la imagen que se sigue durante el entrenamiento debe ser de 28×28, no {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>Training was stopped.</source>
      <translation>El entrenamiento se detuvo.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>The training process ended unexpectedly ({why}).</source>
      <translation>El proceso de entrenamiento terminó de forma inesperada ({why}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>signal {number}</source>
      <translation>señal {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>exit code {code}</source>
      <translation>código de salida {code}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>expected one or two numbers for a 2-D layer setting, not {values}.</source>
      <translation>se esperaban uno o dos números para un ajuste de capa 2-D, no {values}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model's layers cannot be shown ({problem}), so their units cannot be looked at one by one.</source>
      <translation>las capas de este modelo no se pueden mostrar ({problem}), así que sus unidades no se pueden examinar una a una.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model's layers cannot be shown, so their units cannot be looked at one by one.</source>
      <translation>las capas de este modelo no se pueden mostrar, así que sus unidades no se pueden examinar una a una.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>a layer of this model does not say how many units it has.</source>
      <translation>una capa de este modelo no dice cuántas unidades tiene.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model has no convolution (Conv2d) or fully connected (Linear) layer to look into.</source>
      <translation>este modelo no tiene ninguna capa de convolución (Conv2d) ni totalmente conectada (Linear) que examinar.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model has no layer {name!r} with units to look at.</source>
      <translation>este modelo no tiene ninguna capa {name!r} con unidades que examinar.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>LeNet has no layer {layer!r}.</source>
      <translation>LeNet no tiene ninguna capa {layer!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model has no layer {layer!r}.</source>
      <translation>este modelo no tiene ninguna capa {layer!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>activation maximisation takes 1 to 5,000 steps, not {steps}.</source>
      <translation>la maximización de la activación admite de 1 a 5000 pasos, no {steps}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>the step size must lie in (0, 1] and the decay in [0, 1).</source>
      <translation>el tamaño del paso debe estar en (0, 1] y el decaimiento en [0, 1).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>blur every 0 (never) or more steps, with a blur of 0 to 5 pixels and jitter of 0 to 4.</source>
      <translation>desenfoca cada 0 (nunca) o más pasos, con un desenfoque de 0 a 5 píxeles y un desplazamiento aleatorio (jitter) de 0 a 4.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>{layer} has units 0 to {last}, not {unit}.</source>
      <translation>{layer} tiene unidades de 0 a {last}, no {unit}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The LeNet weights file {path} is missing; train it with `convviz-train --output {path}`.</source>
      <translation>Falta el archivo de pesos de LeNet {path}; entrénalo con `convviz-train --output {path}`.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>{name} is a TorchScript model, not LeNet weights</source>
      <translation>{name} es un modelo TorchScript, no pesos de LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>it holds Python objects or code ({names}), and convviz never runs code from a file</source>
      <translation>contiene objetos o código de Python ({names}), y convviz nunca ejecuta código de un archivo</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The LeNet weights file {path} is damaged or not a weights file ({reason}); retrain it with `convviz-train`.</source>
      <translation>El archivo de pesos de LeNet {path} está dañado o no es un archivo de pesos ({reason}); vuelve a entrenarlo con `convviz-train`.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The file {path} does not hold a LeNet state_dict (a table of named weights).</source>
      <translation>El archivo {path} no contiene un state_dict de LeNet (una tabla de pesos con nombre).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The file {path} does not hold a LeNet state_dict: {detail}.</source>
      <translation>El archivo {path} no contiene un state_dict de LeNet: {detail}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>this LeNet</source>
      <translation>esta LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The weights in {path} contain NaN or infinite values ({detail}); retrain them.</source>
      <translation>Los pesos de {path} contienen valores NaN o infinitos ({detail}); vuelve a entrenarlos.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The weights in {path} do not fit this LeNet ({detail}); retrain them with `convviz-train`.</source>
      <translation>Los pesos de {path} no encajan con esta LeNet ({detail}); vuelve a entrenarlos con `convviz-train`.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The device {device} failed ({error}); using the CPU.</source>
      <translation>El dispositivo {device} falló ({error}); se usa la CPU.</translation>
    </message>
    <message>
      <location filename="../../convviz/new_files.py" />
      <source>no free temporary name beside {file} after {tries} tries</source>
      <translation>no hay ningún nombre temporal libre junto a {file} tras {tries} intentos</translation>
    </message>
    <message>
      <location filename="../../convviz/resources.py" />
      <source>The resource {name} is missing from {folder}; reinstall convviz to restore it.</source>
      <translation>Falta el recurso {name} en {folder}; reinstala convviz para recuperarlo.</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>no file was chosen</source>
      <translation>no se eligió ningún archivo</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{kind} is not a file path</source>
      <translation>{kind} no es una ruta de archivo</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>the file name contains a NUL character, so it cannot name a file</source>
      <translation>el nombre del archivo contiene un carácter NUL, así que no puede nombrar un archivo</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>a folder</source>
      <translation>una carpeta</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>a named pipe (FIFO)</source>
      <translation>una tubería con nombre (FIFO)</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>a device</source>
      <translation>un dispositivo</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>a socket</source>
      <translation>un socket</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>not a regular file</source>
      <translation>algo que no es un archivo normal</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>there is no file {file}; check the name and folder</source>
      <translation>no existe el archivo {file}; comprueba el nombre y la carpeta</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} cannot be looked at ({reason})</source>
      <translation>no se puede examinar {file} ({reason})</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} cannot be read (no permission to open it)</source>
      <translation>no se puede leer {file} (no hay permiso para abrirlo)</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} cannot be opened ({reason})</source>
      <translation>no se puede abrir {file} ({reason})</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} is larger than {limit}: too large to be {what}</source>
      <translation>{file} ocupa más de {limit}: demasiado para ser {what}</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} is a folder, not {what}; choose a file inside it</source>
      <translation>{file} es una carpeta, no {what}; elige un archivo dentro de ella</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} is {kind}, not {what}; convviz reads only ordinary files</source>
      <translation>{file} es {kind}, no {what}; convviz solo lee archivos normales</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} is {size}: too large to be {what} (the limit is {limit})</source>
      <translation>{file} ocupa {size}: demasiado para ser {what} (el límite es {limit})</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{count} bytes</source>
      <translation>{count} bytes</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_json.py" />
      <source>a whole number of {digits:,} digits</source>
      <translation>un número entero de {digits:,} dígitos</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_json.py" />
      <source>its JSON is nested absurdly deep (more than {depth} levels)</source>
      <translation>su JSON está anidado a una profundidad absurda (más de {depth} niveles)</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_json.py" />
      <source>its JSON is nested more than {depth} levels deep</source>
      <translation>su JSON está anidado a más de {depth} niveles de profundidad</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Photos</source>
      <translation>Fotos</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>MNIST digits</source>
      <translation>Dígitos MNIST</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Patterns</source>
      <translation>Patrones</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Handwritten {digit} (MNIST)</source>
      <translation>{digit} manuscrito (MNIST)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>A handwritten {digit} from the MNIST test set, the size LeNet reads.</source>
      <translation>Un {digit} manuscrito del conjunto de prueba MNIST, del tamaño que lee LeNet.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Camera man (grey)</source>
      <translation>Cámara (gris)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Strong edges and flat sky: the classic edge-detector test.</source>
      <translation>Bordes fuertes y cielo liso: la prueba clásica de detectores de bordes.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Brick wall (grey)</source>
      <translation>Muro de ladrillo (gris)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Horizontal and vertical mortar lines for line detectors.</source>
      <translation>Juntas de mortero horizontales y verticales para detectores de líneas.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Coins (grey)</source>
      <translation>Monedas (gris)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Round blobs on a flat background: try blurs and the Laplacian.</source>
      <translation>Manchas redondas sobre fondo liso: prueba desenfoques y el laplaciano.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Text (grey)</source>
      <translation>Texto (gris)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Thin strokes: line detectors and sharpening.</source>
      <translation>Trazos finos: detectores de líneas y enfoque.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Astronaut (colour)</source>
      <translation>Astronauta (color)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>A colour portrait: three channels, one kernel per channel.</source>
      <translation>Un retrato en color: tres canales, un kernel por canal.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Coffee (colour)</source>
      <translation>Café (color)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Warm colours: compare the red, green and blue results.</source>
      <translation>Colores cálidos: compara los resultados rojo, verde y azul.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Chelsea the cat (colour)</source>
      <translation>La gata Chelsea (color)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Fur texture and whiskers.</source>
      <translation>Textura de pelo y bigotes.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Rocket launch (colour)</source>
      <translation>Lanzamiento de cohete (color)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Sky, smoke and a bright plume.</source>
      <translation>Cielo, humo y una estela brillante.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Horse silhouette (grey)</source>
      <translation>Silueta de caballo (gris)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>A solid shape: outlines appear with edge kernels.</source>
      <translation>Una forma sólida: los contornos aparecen con kernels de bordes.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Single bright pixel</source>
      <translation>Un solo píxel brillante</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Convolving one bright pixel draws the kernel itself: flipped unless flip is on.</source>
      <translation>Convolucionar un píxel brillante dibuja el propio kernel: volteado salvo que se active voltear.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Step edge</source>
      <translation>Borde escalón</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Dark left half, bright right half: vertical edge detectors answer on the border only.</source>
      <translation>Mitad izquierda oscura, derecha clara: los detectores de bordes verticales solo responden en la frontera.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Checkerboard</source>
      <translation>Tablero de ajedrez</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Squares of 8 pixels: both edge directions and corners.</source>
      <translation>Cuadrados de 8 píxeles: ambas direcciones de borde y esquinas.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Lines at angles</source>
      <translation>Líneas en ángulos</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Four quadrants of thin lines at 0°, 45°, 90° and 135°: each line detector lights one.</source>
      <translation>Cuatro cuadrantes de líneas finas a 0°, 45°, 90° y 135°: cada detector de líneas ilumina uno.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Smooth ramp</source>
      <translation>Rampa suave</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Brightness rising left to right: edge kernels give a constant answer.</source>
      <translation>Brillo que sube de izquierda a derecha: los kernels de bordes dan una respuesta constante.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>There is no sample called {name}; the samples are: {known}.</source>
      <translation>No hay ningún ejemplo llamado {name}; los ejemplos son: {known}.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>An MNIST digit is 0 to 9, not {label}.</source>
      <translation>Un dígito de MNIST va de 0 a 9, no {label}.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>The shipped MNIST label file is damaged (wrong magic number).</source>
      <translation>El archivo de etiquetas MNIST incluido está dañado (número mágico incorrecto).</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Only {count} examples of the digit {label} are offered.</source>
      <translation>Solo se ofrecen {count} ejemplos del dígito {label}.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>The shipped MNIST image file is damaged (wrong magic number).</source>
      <translation>El archivo de imágenes MNIST incluido está dañado (número mágico incorrecto).</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>arrays of {dtype} cannot be saved in a session</source>
      <translation>los arrays de {dtype} no se pueden guardar en una sesión</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} would unpack to {size:,.1f} MB, more than the {limit:,.0f} MB all arrays of a session may take</source>
      <translation>{what} se descomprimiría en {size:,.1f} MB, más de los {limit:,.0f} MB que pueden ocupar todos los arrays de una sesión</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>an embedded array</source>
      <translation>un array incrustado</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is not described as an object</source>
      <translation>{what} no se describe como un objeto</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} has an unknown number type {dtype}</source>
      <translation>{what} tiene un tipo numérico desconocido {dtype}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} has no valid shape</source>
      <translation>{what} no tiene una forma válida</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} claims {count} values, more than convviz ever saves</source>
      <translation>{what} declara {count} valores, más de los que convviz guarda nunca</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} uses an unknown encoding {encoding}</source>
      <translation>{what} usa una codificación desconocida {encoding}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} has no data</source>
      <translation>{what} no tiene datos</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} holds far more data than its {shape} shape needs</source>
      <translation>{what} contiene muchos más datos de los que necesita su forma {shape}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what}'s data is damaged (not valid base64)</source>
      <translation>los datos de {what} están dañados (no son base64 válido)</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{kind} cannot be saved in a session</source>
      <translation>{kind} no se puede guardar en una sesión</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>scalar</source>
      <translation>escalar</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} claims a {shape} shape that no {encoding} picture has</source>
      <translation>{what} declara una forma {shape} que no tiene ninguna imagen {encoding}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is a {width}×{height} {mode} picture, not the {shape} its description says</source>
      <translation>{what} es una imagen {mode} de {width}×{height}, no de {shape} como dice su descripción</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is a picture far too large to decode safely</source>
      <translation>{what} es una imagen demasiado grande para decodificarla con seguridad</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is a damaged picture ({reason})</source>
      <translation>{what} es una imagen dañada ({reason})</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is {actual}, not the {shape} its description says</source>
      <translation>{what} es {actual}, no {shape} como dice su descripción</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what}'s data is damaged (it does not decompress)</source>
      <translation>los datos de {what} están dañados (no se descomprimen)</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what}'s data is truncated or too long for its shape</source>
      <translation>los datos de {what} están truncados o son demasiado largos para su forma</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{where}" is not an object</source>
      <translation>"{where}" no es un objeto</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>a state</source>
      <translation>un estado</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" is missing</source>
      <translation>falta "{name}"</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a finite number, not {value}</source>
      <translation>"{name}" debe ser un número finito, no {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be true or false, not {value}</source>
      <translation>"{name}" debe ser true o false, no {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be text, not {value}</source>
      <translation>"{name}" debe ser texto, no {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" is {length:,} characters long; at most {most:,} are allowed</source>
      <translation>"{name}" tiene {length:,} caracteres; se permiten como mucho {most:,}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be one of {choices}, not {value}</source>
      <translation>"{name}" debe ser uno de {choices}, no {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a list of {what}, not {value}</source>
      <translation>"{name}" debe ser una lista de {what}, no {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" holds {count:,} {what}; at most {most:,} are allowed</source>
      <translation>"{name}" contiene {count:,} {what}; se permiten como mucho {most:,}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be two whole numbers (rows, columns), not {value}</source>
      <translation>"{name}" debe ser dos números enteros (filas, columnas), no {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>float</source>
      <translation>de coma flotante</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>numeric</source>
      <translation>numérico</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a {wanted} array, not {dtype}</source>
      <translation>"{name}" debe ser un array {wanted}, no {dtype}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" has the shape {shape}, which this field cannot hold</source>
      <translation>"{name}" tiene la forma {shape}, que este campo no puede contener</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" is {shape}; {sides}</source>
      <translation>"{name}" es de {shape}; {sides}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>{shown_by} shows {range} cells a side</source>
      <translation>{shown_by} muestra {range} celdas por lado</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>each side must be {range} cells</source>
      <translation>cada lado debe tener {range} celdas</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be an embedded array, not {value}</source>
      <translation>"{name}" debe ser un array incrustado, no {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" holds NaN or infinite values</source>
      <translation>"{name}" contiene valores NaN o infinitos</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a rectangular grid of numbers (a list of rows)</source>
      <translation>"{name}" debe ser una cuadrícula rectangular de números (una lista de filas)</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" is {rows}×{columns}; {sides}</source>
      <translation>"{name}" es de {rows}×{columns}; {sides}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a rectangular grid of numbers</source>
      <translation>"{name}" debe ser una cuadrícula rectangular de números</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a non-empty rectangular grid of numbers</source>
      <translation>"{name}" debe ser una cuadrícula rectangular de números no vacía</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>convviz sessions (*.convviz);;All files (*)</source>
      <translation>Sesiones de convviz (*.convviz);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This file is not a convviz session: it is {length:,.0f} million characters long (the limit is {limit:,.0f} million).</source>
      <translation>Este archivo no es una sesión de convviz: tiene {length:,.0f} millones de caracteres (el límite es {limit:,.0f} millones).</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>It looks cut short (truncated).</source>
      <translation>Parece cortado (truncado).</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This file is not a convviz session: it is not valid JSON (line {line}, column {column}: {reason}).</source>
      <translation>Este archivo no es una sesión de convviz: no es JSON válido (línea {line}, columna {column}: {reason}).</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This file is not a convviz session: {reason}.</source>
      <translation>Este archivo no es una sesión de convviz: {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This file is not a convviz session: it does not start with "format": "{format}".</source>
      <translation>Este archivo no es una sesión de convviz: no empieza por "format": "{format}".</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This session file has no valid format version (found {found}).</source>
      <translation>Este archivo de sesión no tiene una versión de formato válida (se encontró {found}).</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This session was saved by a newer convviz{by} in session format {found}; this convviz reads format {version} and older. Update convviz to open it.</source>
      <translation>Esta sesión la guardó un convviz más nuevo{by} con el formato de sesión {found}; este convviz lee el formato {version} y anteriores. Actualiza convviz para abrirla.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This session file is damaged: {reason}.</source>
      <translation>Este archivo de sesión está dañado: {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>a convviz session</source>
      <translation>una sesión de convviz</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>Could not read {file}: there is no such file.</source>
      <translation>No se pudo leer {file}: no existe ese archivo.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>{reason}.</source>
      <translation>{reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>Could not read {file}: {reason}.</source>
      <translation>No se pudo leer {file}: {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>{file} is empty: it is not a convviz session (or it was cut short).</source>
      <translation>{file} está vacío: no es una sesión de convviz (o se cortó).</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>{file} is not a convviz session: it is not text (JSON).</source>
      <translation>{file} no es una sesión de convviz: no es texto (JSON).</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>{file}: {reason}</source>
      <translation>{file}: {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"views" is not an object</source>
      <translation>"views" no es un objeto</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"views" names {count:,} views; a session holds at most {most}</source>
      <translation>"views" nombra {count:,} vistas; una sesión contiene como mucho {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>the {view} view's state is not an object</source>
      <translation>el estado de la vista {view} no es un objeto</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>in the {view} view, {reason}</source>
      <translation>en la vista {view}, {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"picture" is not an object</source>
      <translation>"picture" no es un objeto</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"lesson" is not an object</source>
      <translation>"lesson" no es un objeto</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"lesson.builtin" must be true or false, not {value}</source>
      <translation>"lesson.builtin" debe ser true o false, no {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>the Steps view</source>
      <translation>la vista Pasos</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{name}" must have a square background and image of the same size</source>
      <translation>"{name}" debe tener un fondo y una imagen cuadrados del mismo tamaño</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>strokes</source>
      <translation>trazos</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{where}" must be [width, [[x, y], ...]]</source>
      <translation>"{where}" debe ser [width, [[x, y], ...]]</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{where}" has no points</source>
      <translation>"{where}" no tiene puntos</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{name}.strokes" hold more than {most:,} points in all; a canvas replays every point when it is restored</source>
      <translation>"{name}.strokes" contienen más de {most:,} puntos en total; un lienzo vuelve a trazar cada punto al restaurarse</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>a point of "{where}" must be [x, y]</source>
      <translation>un punto de "{where}" debe ser [x, y]</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"kernels" must be three kernels (red, green, blue)</source>
      <translation>"kernels" debe ser tres kernels (rojo, verde, azul)</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>the kernel editor</source>
      <translation>el editor de kernels</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"kernels" must be three kernels of one size, {range} cells a side</source>
      <translation>"kernels" debe ser tres kernels de un mismo tamaño, {range} celdas por lado</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>numbers</source>
      <translation>números</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>grids</source>
      <translation>cuadrículas</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{name}" must hold grids of one size</source>
      <translation>"{name}" debe contener cuadrículas de un mismo tamaño</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"edits" must map {layers} to their edited filters</source>
      <translation>"edits" debe asociar {layers} a sus filtros editados</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>{first} and {second}</source>
      <translation>{first} y {second}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>edited filter slices</source>
      <translation>partes de filtro editadas</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{where}.weights" must be a square filter of finite numbers</source>
      <translation>"{where}.weights" debe ser un filtro cuadrado de números finitos</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"input.digit" must be a {side}×{side} picture</source>
      <translation>"input.digit" debe ser una imagen de {side}×{side}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>A camera frame must be colour pixels (height × width × 3, bytes).</source>
      <translation>Un fotograma de cámara debe ser de píxeles en color (alto × ancho × 3, bytes).</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>camera {index}</source>
      <translation>cámara {index}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>No camera was found ({device} does not exist). Connect one, or pick a picture.</source>
      <translation>No se encontró ninguna cámara ({device} no existe). Conecta una, o elige una imagen.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>The camera could not be opened: another program may be using it. Close that, or pick a picture.</source>
      <translation>No se pudo abrir la cámara: quizá otro programa la está usando. Ciérralo, o elige una imagen.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>The clip {name} was not found.</source>
      <translation>No se encontró el clip {name}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>The clip {name} could not be read as a video.</source>
      <translation>El clip {name} no se pudo leer como vídeo.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>A moving pattern needs at least 8×8 pixels.</source>
      <translation>Un patrón en movimiento necesita al menos 8×8 píxeles.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>moving pattern</source>
      <translation>patrón en movimiento</translation>
    </message>
    <message>
      <location filename="../../convviz/state/color_vision.py" />
      <source>unknown colour-vision deficiency {name}; use one of {known}.</source>
      <translation>deficiencia de visión del color desconocida {name}; usa una de {known}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>the sequential colour map needs pyqtgraph's viridis table; reinstall convviz</source>
      <translation>el mapa de colores secuencial necesita la tabla viridis de pyqtgraph; reinstala convviz</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>unknown colour scale {name}; use one of {known}.</source>
      <translation>escala de colores desconocida {name}; usa una de {known}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>blue negative · white zero · orange positive</source>
      <translation>azul negativo · blanco cero · naranja positivo</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>cannot be negative: dark purple low → yellow high</source>
      <translation>no puede ser negativo: morado oscuro bajo → amarillo alto</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>black low → white high</source>
      <translation>negro bajo → blanco alto</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>unknown kind of quantity {name}; use one of {known}.</source>
      <translation>tipo de magnitud desconocido {name}; usa uno de {known}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>a picture is (H, W) grey or (3, H, W) colour, not shape {shape}.</source>
      <translation>una imagen es (H, W) en gris o (3, H, W) en color, no de forma {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>each map its own</source>
      <translation>cada mapa la suya</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>one per layer</source>
      <translation>una por capa</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>one for the whole network</source>
      <translation>una para toda la red</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>unknown colour range {name}; use one of {known}.</source>
      <translation>rango de colores desconocido {name}; usa uno de {known}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>one colour range for the whole network needs the network's layers.</source>
      <translation>un rango de colores para toda la red necesita las capas de la red.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/conventions.py" />
      <source>rows and columns counted from 1</source>
      <translation>filas y columnas contadas desde 1</translation>
    </message>
    <message>
      <location filename="../../convviz/state/conventions.py" />
      <source>row {row}, column {column}</source>
      <translation>fila {row}, columna {column}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>A kernel must be a grid of numbers.</source>
      <translation>Un kernel debe ser una cuadrícula de números.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>A kernel must be a grid: every row as long as the others.</source>
      <translation>Un kernel debe ser una cuadrícula: cada fila igual de larga que las demás.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>A kernel side must be {low} to {high} cells, not {side}.</source>
      <translation>Un lado del kernel debe tener de {low} a {high} celdas, no {side}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>a kernel cell</source>
      <translation>una celda del kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>"kernels" must be three kernels (red, green, blue) of one size.</source>
      <translation>"kernels" debe ser tres kernels (rojo, verde, azul) de un mismo tamaño.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>"kernels" must be three kernels of one size, as in a conv layer.</source>
      <translation>"kernels" debe ser tres kernels de un mismo tamaño, como en una capa conv.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>"{name}" must be a name of at most {most} characters</source>
      <translation>"{name}" debe ser un nombre de {most} caracteres como mucho</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>the convolution view has no setting called {name}</source>
      <translation>la vista Convolución no tiene ningún ajuste llamado {name}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>This kernel's cells sum to 0 (an edge detector), so it cannot be scaled to sum 1.</source>
      <translation>Las celdas de este kernel suman 0 (un detector de bordes), así que no se puede escalar para que sume 1.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>dilated form: {formula}</source>
      <translation>forma dilatada: {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>height</source>
      <translation>alto</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>width</source>
      <translation>ancho</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No output {axis}: {reason}.</source>
      <translation>Sin salida a lo {axis}: {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No output: {problem}.</source>
      <translation>Sin salida: {problem}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No output: reflect padding mirrors the picture, so it needs fewer cells than the {rows}×{cols} picture has ({asked} asked); use less padding, zeros or replicate.</source>
      <translation>Sin salida: el relleno reflect refleja la imagen, así que necesita menos celdas de las que tiene la imagen de {rows}×{cols} (se pidieron {asked}); usa menos relleno, ceros o replicate.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No pooling output: the {k}×{k} pool window is bigger than the {rows}×{cols} feature map; use a window of at most {most} cells.</source>
      <translation>Sin salida del pooling: la ventana de pooling {k}×{k} es mayor que el mapa de características de {rows}×{cols}; usa una ventana de como mucho {most} celdas.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No output: the {channels} colour channels cannot be split into {groups} equal groups; choose 1 (each filter sees all three) or 3 (depthwise: one map per channel).</source>
      <translation>Sin salida: los {channels} canales de color no se pueden dividir en {groups} grupos iguales; elige 1 (cada filtro ve los tres) o 3 (en profundidad: un mapa por canal).</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution_run.py" />
      <source>{device} failed ({reason}); computed on the CPU instead.</source>
      <translation>{device} falló ({reason}); se calculó en la CPU.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution_run.py" />
      <source>PyTorch gives a {theirs} map but convviz shows {mine}.</source>
      <translation>PyTorch da un mapa de {theirs} pero convviz muestra {mine}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/evaluation.py" />
      <source>a chunk holds at least one digit, not {chunk}.</source>
      <translation>un bloque contiene al menos un dígito, no {chunk}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/frame_grabber.py" />
      <source>The camera could not be started: {reason}</source>
      <translation>No se pudo iniciar la cámara: {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/frame_grabber.py" />
      <source>The camera stopped giving pictures.</source>
      <translation>La cámara dejó de dar imágenes.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/frame_rate.py" />
      <source>the frame-rate window must be longer than zero seconds.</source>
      <translation>la ventana de la tasa de fotogramas debe durar más de cero segundos.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>a preset kernel must be a 2-D matrix, not shape {shape}.</source>
      <translation>un kernel predefinido debe ser una matriz 2-D, no de forma {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>these weights have no {layer}: they are not a LeNet's.</source>
      <translation>estos pesos no tienen {layer}: no son de una LeNet.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>a test digit is 28×28 pixels, not {shape}.</source>
      <translation>un dígito de prueba tiene 28×28 píxeles, no {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>a filter weight must be a finite number.</source>
      <translation>un peso de filtro debe ser un número finito.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>a filter must hold finite numbers only.</source>
      <translation>un filtro solo debe contener números finitos.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>these weights are not this LeNet's: their layers or shapes differ.</source>
      <translation>estos pesos no son de esta LeNet: sus capas o formas son distintas.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>{layer} filters have shape {shape}, not {given}.</source>
      <translation>los filtros de {layer} tienen la forma {shape}, no {given}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>only the filters of {layers} can be edited, not {layer}.</source>
      <translation>solo se pueden editar los filtros de {layers}, no {layer}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>Each pixel of map {number} is the sum of the {terms} products of a {size}×{size} window of the input with filter {number}, plus its bias {bias} (padding 2 keeps the map 28×28). PyTorch: {code}.</source>
      <translation>Cada píxel del mapa {number} es la suma de los {terms} productos de una ventana {size}×{size} de la entrada por el filtro {number}, más su sesgo {bias} (el relleno 2 mantiene el mapa en 28×28). PyTorch: {code}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>Map {number} adds up all {channels} pool1 maps, each slid under its own {size}×{size} slice of filter {number}: {terms} products per pixel, plus the bias {bias}. PyTorch: {code} (shape {channels}×{size}×{size}).</source>
      <translation>El mapa {number} suma los {channels} mapas de pool1, cada uno deslizado bajo su propia capa {size}×{size} del filtro {number}: {terms} productos por píxel, más el sesgo {bias}. PyTorch: {code} (forma {channels}×{size}×{size}).</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>map {number}</source>
      <translation>mapa {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>filter {number}</source>
      <translation>filtro {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>filter + bias</source>
      <translation>filtro + sesgo</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>ReLU keeps positive values and sets negative ones to 0: here {zeroed} of {total} pixels were negative and became 0 (the blue ones).</source>
      <translation>ReLU conserva los valores positivos y pone a 0 los negativos: aquí {zeroed} de {total} píxeles eran negativos y pasaron a 0 (los azules).</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>2×2 max, stride 2</source>
      <translation>máximo 2×2, paso 2</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>pooled ({rows}×{cols})</source>
      <translation>tras pooling ({rows}×{cols})</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>Max pooling keeps the largest value of each 2×2 block: the map halves in each direction, and a feature still counts after a one-pixel shift as long as it stays inside the same 2×2 block.</source>
      <translation>El max pooling conserva el valor más grande de cada bloque 2×2: el mapa se reduce a la mitad en cada dirección, y un rasgo sigue contando tras moverse un píxel mientras quede en el mismo bloque 2×2.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>logit of digit {number}</source>
      <translation>logit del dígito {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>unit {number}</source>
      <translation>unidad {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>({count} values)</source>
      <translation>({count} valores)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>its {count} weights</source>
      <translation>sus {count} pesos</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>weights + bias</source>
      <translation>pesos + sesgo</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>value {value}</source>
      <translation>valor {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>A fully connected unit multiplies each of its {count} inputs by its own weight and adds them with the bias {bias}: {value}. PyTorch: {code}.</source>
      <translation>Una unidad totalmente conectada multiplica cada una de sus {count} entradas por su propio peso y las suma con el sesgo {bias}: {value}. PyTorch: {code}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>there is no map to inspect in {stage}.</source>
      <translation>no hay ningún mapa que inspeccionar en {stage}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>The {device} device failed ({reason}); computing on the CPU.</source>
      <translation>El dispositivo {device} falló ({reason}); se calcula en la CPU.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>test #{index}</source>
      <translation>prueba {index}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>MNIST test #{index}</source>
      <translation>prueba MNIST n.º {index}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>digits go from 0 to 9, not {digit}.</source>
      <translation>los dígitos van de 0 a 9, no {digit}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>the test set has digits 0 to {last}, not {index}.</source>
      <translation>el conjunto de prueba tiene dígitos de 0 a {last}, no {index}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Images and tensors</source>
      <translation>Imágenes y tensores</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Convolution step by step</source>
      <translation>Convolución paso a paso</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Padding, stride and flipping</source>
      <translation>Relleno, paso y volteo</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Filters on photos</source>
      <translation>Filtros sobre fotos</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Several filters and colour</source>
      <translation>Varios filtros y color</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Pooling</source>
      <translation>Pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Activations and softmax</source>
      <translation>Activaciones y softmax</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>LeNet and counting parameters</source>
      <translation>LeNet y el recuento de parámetros</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Training the network</source>
      <translation>Entrenar la red</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>More kinds of convolution</source>
      <translation>Más tipos de convolución</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>The slide printed {printed} {where}; the true value is {true}.</source>
      <translation>La diapositiva decía {printed} {where}; el valor real es {true}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Filter {number}</source>
      <translation>Filtro {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>as the total of “{table}”</source>
      <translation>como total de «{table}»</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} opens in the Steps view but has no input matrix.</source>
      <translation>{lesson} se abre en la vista Pasos pero no tiene matriz de entrada.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} applies an activation; the Steps view shows the convolution or pooling only.</source>
      <translation>{lesson} aplica una activación; la vista Pasos solo muestra la convolución o el pooling.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} transposes {channels} channels; the Steps view transposes one grid at a time.</source>
      <translation>{lesson} hace una convolución traspuesta sobre {channels} canales; la vista Pasos la hace sobre una cuadrícula cada vez.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} pools {channels} channels; the Steps view pools one grid at a time.</source>
      <translation>{lesson} hace pooling sobre {channels} canales; la vista Pasos hace pooling sobre una cuadrícula cada vez.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} needs one kernel slice per input channel for the Steps view.</source>
      <translation>{lesson} necesita una parte del kernel por canal de entrada para la vista Pasos.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} has a kernel factor; the Steps view steps colour kernels with plain weights.</source>
      <translation>{lesson} tiene un factor de kernel; la vista Pasos recorre los kernels de color con pesos simples.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} needs exactly one 2-D kernel for the Steps view.</source>
      <translation>{lesson} necesita exactamente un kernel 2-D para la vista Pasos.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} cannot be shown in the Steps view: {reason}.</source>
      <translation>{lesson} no se puede mostrar en la vista Pasos: {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} is a transposed convolution; open it in the Steps view, which shows the stamps.</source>
      <translation>{lesson} es una convolución traspuesta; ábrela en la vista Pasos, que muestra los sellos.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} is a pooling lesson; open it in the Steps view, which shows pooling on its own.</source>
      <translation>{lesson} es una lección de pooling; ábrela en la vista Pasos, que muestra el pooling por sí solo.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} opens in the convolution view but has no input or no kernel.</source>
      <translation>{lesson} se abre en la vista Convolución pero no tiene entrada o no tiene kernel.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} has {channels} input channel(s) and kernels for {kernels}; the convolution view shows grey pictures with 2-D kernels and colour pictures with one slice per colour.</source>
      <translation>{lesson} tiene {channels} canal(es) de entrada y kernels para {kernels}; la vista Convolución muestra imágenes grises con kernels 2-D e imágenes en color con una parte por color.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} has a kernel larger than {side}×{side}.</source>
      <translation>{lesson} tiene un kernel mayor que {side}×{side}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} uses {activation}, which the convolution view does not apply to a feature map; show it as a concept lesson.</source>
      <translation>{lesson} usa {activation}, que la vista Convolución no aplica a un mapa de características; muéstrala como lección de concepto.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source> of map {number}</source>
      <translation> del mapa {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>in {count} cells</source>
      <translation>en {count} celdas</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>in {cells}</source>
      <translation>en {cells}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source> and </source>
      <translation> y </translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Lesson {number} (“{title}”)</source>
      <translation>Lección {number} («{title}»)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} has a different {what} per axis; the Steps view takes one {what}.</source>
      <translation>{lesson} usa valores de {what} distintos en cada eje; la vista Pasos admite un solo valor de {what}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/map_mosaic.py" />
      <source>a map grid shows (count, height, width) arrays, not shape {shape}.</source>
      <translation>una cuadrícula de mapas muestra arrays (count, height, width), no de forma {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/map_mosaic.py" />
      <source>{ranges} colour ranges for {count} maps.</source>
      <translation>{ranges} rangos de colores para {count} mapas.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/map_mosaic.py" />
      <source>each colour range must run from a lower to a higher value.</source>
      <translation>cada rango de colores debe ir de un valor menor a uno mayor.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/model_choice.py" />
      <source>a network choice is one of {choices}, not {key}.</source>
      <translation>una elección de red es una de {choices}, no {key}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/model_choice.py" />
      <source>there is no {key} network to show yet.</source>
      <translation>aún no hay ninguna red {key} que mostrar.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/receptive_field.py" />
      <source>the first layer's map is {rows}×{cols}, smaller than the second {krows}×{kcols} kernel; use a bigger input</source>
      <translation>el mapa de la primera capa es de {rows}×{cols}, más pequeño que el segundo kernel {krows}×{kcols}; usa una entrada mayor</translation>
    </message>
    <message>
      <location filename="../../convviz/state/receptive_field.py" />
      <source>a second layer is shown for a grey convolution; switch off pooling or colour first</source>
      <translation>se muestra una segunda capa para una convolución gris; desactiva antes el pooling o el color</translation>
    </message>
    <message>
      <location filename="../../convviz/state/receptive_field.py" />
      <source>the first layer has no output for a second kernel to slide over</source>
      <translation>la primera capa no tiene salida sobre la que deslizar un segundo kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/state/receptive_field.py" />
      <source>the first output is {rows}×{cols}, smaller than the {krows}×{kcols} second kernel; use a bigger input</source>
      <translation>la primera salida es de {rows}×{cols}, más pequeña que el segundo kernel {krows}×{kcols}; usa una entrada mayor</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Draw</source>
      <translation>Dibujar</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Draw a stroke</source>
      <translation>Dibujar un trazo</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Erase a stroke</source>
      <translation>Borrar un trazo</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Clear the drawing</source>
      <translation>Borrar el dibujo</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Change the picture</source>
      <translation>Cambiar la imagen</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>the largest of {values}</source>
      <translation>el mayor de {values}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>{sum}, divided by {count}</source>
      <translation>{sum}, dividido entre {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>minus {number}</source>
      <translation>menos {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>minus</source>
      <translation>menos</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>times</source>
      <translation>por</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>plus</source>
      <translation>más</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>Step {step} of {count}: output {cell} equals {value}.</source>
      <translation>Paso {step} de {count}: la salida {cell} es igual a {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>Channel sums plus bias: {sum}</source>
      <translation>Sumas de los canales más sesgo: {sum}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>{sum}, times {factor}</source>
      <translation>{sum}, por {factor}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>Step {step} of {count}: input {cell}, {value}, times the kernel is added into the output.</source>
      <translation>Paso {step} de {count}: entrada {cell}, {value}, por el kernel, se suma a la salida.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_text.py" />
      <source>red</source>
      <translation>rojo</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_text.py" />
      <source>green</source>
      <translation>verde</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_text.py" />
      <source>blue</source>
      <translation>azul</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_text.py" />
      <source>channels + bias:</source>
      <translation>canales + sesgo:</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>padding {padding} is unknown; give a number of cells, “same” or “valid”</source>
      <translation>el relleno {padding} es desconocido; da un número de celdas, «same» o «valid»</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a transposed convolution</source>
      <translation>una convolución traspuesta</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>“{padding}” padding is for convolutions; {what} takes a number of cells</source>
      <translation>el relleno «{padding}» es para convoluciones; {what} admite un número de celdas</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>padding is one number for every side or two (rows, columns)</source>
      <translation>el relleno es un número para todos los lados o dos (filas, columnas)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a transposed convolution in the Steps view takes one padding for every side</source>
      <translation>una convolución traspuesta en la vista Pasos admite un solo relleno para todos los lados</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>rows × columns</source>
      <translation>filas × columnas</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>channels × rows × columns</source>
      <translation>canales × filas × columnas</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>filters × channels × rows × columns</source>
      <translation>filtros × canales × filas × columnas</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source> or </source>
      <translation> o </translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} is {shape}; the Steps view shows at most {side}×{side} ({expected})</source>
      <translation>{what} es de {shape}; la vista Pasos muestra como mucho {side}×{side} ({expected})</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} must be a grid of numbers ({expected})</source>
      <translation>{what} debe ser una cuadrícula de números ({expected})</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} must be a non-empty grid of numbers ({expected})</source>
      <translation>{what} debe ser una cuadrícula de números no vacía ({expected})</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} contains NaN or infinity; every cell must be a finite number</source>
      <translation>{what} contiene NaN o infinito; cada celda debe ser un número finito</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} is {rows}×{columns}; the Steps view shows at most {side}×{side}</source>
      <translation>{what} es de {rows}×{columns}; la vista Pasos muestra como mucho {side}×{side}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} has {channels} channels; the Steps view shows at most {most}</source>
      <translation>{what} tiene {channels} canales; la vista Pasos muestra como mucho {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} has {filters} filters; the Steps view steps through at most {most}</source>
      <translation>{what} tiene {filters} filtros; la vista Pasos recorre como mucho {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>unknown mode {mode}; choose one of {modes}</source>
      <translation>modo desconocido {mode}; elige uno de {modes}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the input</source>
      <translation>la entrada</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the kernel</source>
      <translation>el kernel</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>"flip" must be true or false, not {value}</source>
      <translation>"flip" debe ser true o false, no {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the input has {channels} channels, so the kernel needs one slice per channel</source>
      <translation>la entrada tiene {channels} canales, así que el kernel necesita una parte por canal</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the kernel has {slices} channel slice(s) but the input has {channels} channel(s); they must be equal</source>
      <translation>el kernel tiene {slices} parte(s) de canal pero la entrada tiene {channels} canal(es); deben ser iguales</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the Steps view pools one grid at a time; pick one channel of the input to pool</source>
      <translation>la vista Pasos hace pooling sobre una cuadrícula cada vez; elige un canal de la entrada para el pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the Steps view transposes one grid at a time; pick one channel of the input</source>
      <translation>la vista Pasos hace la convolución traspuesta sobre una cuadrícula cada vez; elige un canal de la entrada</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the Steps view transposes with one kernel grid; pick one filter</source>
      <translation>la vista Pasos hace la convolución traspuesta con una sola cuadrícula de kernel; elige un filtro</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a bias must be a number, one per filter</source>
      <translation>un sesgo debe ser un número, uno por filtro</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>there are {filters} filter(s) but {biases} bias value(s); give one per filter</source>
      <translation>hay {filters} filtro(s) pero {biases} valor(es) de sesgo; da uno por filtro</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a bias is NaN or infinity; every bias must be a finite number</source>
      <translation>un sesgo es NaN o infinito; cada sesgo debe ser un número finito</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a kernel with a factor written apart (like 1/9) takes no bias in the Steps view</source>
      <translation>un kernel con un factor escrito aparte (como 1/9) no admite sesgo en la vista Pasos</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>filter {filter} does not exist; choose 0 to {last}</source>
      <translation>el filtro {filter} no existe; elige de 0 a {last}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>“{kind}” padding</source>
      <translation>relleno «{kind}»</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source> (top {top}, bottom {bottom}, left {left}, right {right})</source>
      <translation> (arriba {top}, abajo {bottom}, izquierda {left}, derecha {right})</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>padded by {cells}</source>
      <translation>con relleno {cells}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>1 row</source>
      <translation>1 fila</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{count} rows</source>
      <translation>{count} filas</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>1 column</source>
      <translation>1 columna</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{count} columns</source>
      <translation>{count} columnas</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>padded by {rows} and {columns}</source>
      <translation>con relleno de {rows} y {columns}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Vertical edge, 6×6 (slides)</source>
      <translation>Borde vertical, 6×6 (diapositivas)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Stride 2 on 7×7 (slides)</source>
      <translation>Paso 2 sobre 7×7 (diapositivas)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Padding 1 on 6×6</source>
      <translation>Relleno 1 sobre 6×6</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Max pooling 2×2, 4×4 (slides)</source>
      <translation>Max pooling 2×2, 4×4 (diapositivas)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Average pooling 2×2, 4×4</source>
      <translation>Pooling promedio 2×2, 4×4</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Colour 6×6×3, three filters (slides)</source>
      <translation>Color 6×6×3, tres filtros (diapositivas)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Transposed 3×3, stride 2 (upsampling)</source>
      <translation>Traspuesta 3×3, paso 2 (sobremuestreo)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>These settings give no output cells.</source>
      <translation>Estos ajustes no dan ninguna celda de salida.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>output rows = {formula}</source>
      <translation>filas de salida = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>output columns = {formula}</source>
      <translation>columnas de salida = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/units.py" />
      <source>class score of {digit}</source>
      <translation>puntuación de la clase {digit}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/units.py" />
      <source>no test digit has been read yet.</source>
      <translation>aún no se ha leído ningún dígito de prueba.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/units.py" />
      <source>{layer} has no unit number {unit}; its units are numbered 1 to {count}.</source>
      <translation>{layer} no tiene ninguna unidad número {unit}; sus unidades van del 1 al {count}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/units.py" />
      <source>a chunk holds at least one step, not {chunk}.</source>
      <translation>un bloque contiene al menos un paso, no {chunk}.</translation>
    </message>
    <message>
      <source>How many times the training goes through all 60,000 training digits</source>
      <translation type="vanished">Cuántas veces el entrenamiento recorre los 60 000 dígitos de entrenamiento</translation>
    </message>
    <message>
      <source>loading the digits…</source>
      <translation type="vanished">cargando los dígitos…</translation>
    </message>
    <message>
      <source>— the orange cells on the input are the ones it reads (pink: padding).</source>
      <translation type="vanished">— las celdas naranjas de la entrada son las que lee (rosa: relleno).</translation>
    </message>
    <message>
      <source>pen</source>
      <translation type="vanished">lápiz</translation>
    </message>
    <message>
      <source>Products, sum {total}</source>
      <translation type="vanished">Productos, suma {total}</translation>
    </message>
    <message>
      <source>, turned 180°</source>
      <translation type="vanished">, girado 180°</translation>
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
&lt;h2&gt;convviz en cinco minutos&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Elige una imagen&lt;/b&gt;: Archivo ▸ Abrir ejemplo, Archivo ▸ Abrir imagen… (Ctrl+O), suelta un archivo en la
ventana o pega una (Ctrl+V).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Convolución&lt;/b&gt; (Ctrl+1): cambia los números del kernel (doble clic en una celda), elige un predefinido,
cambia el paso, el relleno y la dilatación, y mira cómo le sigue el mapa de características. La fórmula bajo
«Deslizar la ventana» explica por qué el mapa tiene ese tamaño.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Haz clic en un píxel&lt;/b&gt; del mapa de características: las celdas que lee se iluminan en la entrada y el
panel de productos muestra su suma, término a término. El panel de PyTorch muestra el mismo cálculo
con &lt;code&gt;F.conv2d&lt;/code&gt; y comprueba que da el mismo mapa.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;La activación y el pooling&lt;/b&gt; siguen a la convolución, cada uno con su propio mapa: el camino de una
capa de una CNN, convolución → activación → pooling.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Pasos&lt;/b&gt; (Ctrl+2) desliza la ventana posición a posición con todos los números a la vista;
&lt;b&gt;LeNet&lt;/b&gt; (Ctrl+3) muestra una red entrenada leyendo un dígito que dibujas.&lt;/li&gt;
&lt;/ol&gt;
&lt;h3&gt;Enseñar con convviz&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Lecciones&lt;/b&gt;: los ejemplos resueltos y los conceptos del curso, cargados en la vista adecuada con una breve
explicación (Alt+número, o las teclas numéricas al presentar). Lecciones ▸ Abrir archivo de lección… (Ctrl+L)
abre una lección propia del profesor.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Ejercicios&lt;/b&gt;: predecir y luego revelar — oculta las celdas de salida (H), revela una (R) o todas
(Mayús+R); pregunta por el tamaño de la salida (O); deja que la clase adivine el dígito antes de las probabilidades.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Presentación&lt;/b&gt; (F11): pantalla completa, números más grandes, Espacio reproduce, las flechas avanzan paso a paso, +/− cambian
la velocidad, P muestra un círculo en el puntero. Av Pág / Re Pág de un mando de presentaciones avanzan paso a paso y luego pasan a la lección
siguiente / anterior; B o . ponen la pantalla en negro (B otra vez la recupera). Ver ▸ Tema ofrece claro, oscuro y
alto contraste.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Exportar&lt;/b&gt; (Archivo ▸ Exportar): una vista o un solo mapa como PNG, la ventana deslizante como GIF o
APNG, matrices como CSV.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Sesiones&lt;/b&gt;: Archivo ▸ Guardar sesión (Ctrl+S) conserva la imagen, los kernels, los ajustes, el paso y
los filtros editados; Editar ▸ Deshacer (Ctrl+Z) y Rehacer deshacen cada cambio.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Modelo&lt;/b&gt;: entrena LeNet tú mismo, pregunta &lt;i&gt;¿Por qué este dígito?&lt;/i&gt;, recorre la matriz de confusión
o abre tu propio modelo pequeño.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Convenciones, iguales en todas las vistas&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Los colores siguen lo que una magnitud puede valer&lt;/b&gt;, nunca lo que da una imagen concreta. Los valores que pueden ser
negativos — kernels y pesos, productos, la salida de una convolución (aunque esta imagen no dé ningún valor negativo),
logits, tanh o leaky ReLU — son azules si son negativos, blancos en cero y naranjas si son positivos. Los valores que
no pueden ser negativos — tras ReLU o una sigmoide, su pooling, probabilidades — usan viridis (morado oscuro = bajo,
amarillo = alto). Las imágenes son grises. Las cuadrículas de Pasos, los mapas y los archivos exportados usan los mismos colores; cada
mapa tiene una barra de color con números y cada celda muestra su número, así que el color nunca es la única pista.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Filas y columnas se cuentan desde 1&lt;/b&gt;, como escriben las diapositivas una matriz: la celda de arriba a la izquierda es la fila 1, columna 1.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;El tamaño de salida&lt;/b&gt; se escribe como en las diapositivas, ⌊(n + 2p − f) / s⌋ + 1; con dilatación d el kernel abarca
f = d·(f − 1) + 1 celdas, y la forma dilatada ⌊(n + 2p − d·(f − 1) − 1) / s⌋ + 1 aparece al lado.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;El factor de un kernel se escribe aparte&lt;/b&gt;, como escriben las diapositivas «±1, luego ÷ 9»: celdas enteras con «× 1/9» junto a
la cuadrícula; primero se suman los productos y luego la suma se multiplica por el factor.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Pasa el ratón por cualquier mapa para leer sus valores.&lt;/p&gt;
</translation>
    </message>
  </context>
</TS>
