<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
  <context>
    <name>convviz</name>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>size must look like 1600x1000, not {text!r}</source>
      <translation>la taille doit s'écrire comme 1600x1000, pas {text!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>screenshots are at least {width}x{height}</source>
      <translation>les captures d'écran font au moins {width}x{height}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>--lesson takes a lesson number such as 16, not {text!r}</source>
      <translation>--lesson prend un numéro de leçon comme 16, pas {text!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>lessons are numbered from 1, so there is no lesson {number}</source>
      <translation>les leçons sont numérotées à partir de 1, il n'y a donc pas de leçon {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>there is no theme {text!r}; choose one of {choices}</source>
      <translation>il n'y a pas de thème {text!r} ; choisissez parmi {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>there is no language {text!r}; choose one of {choices}</source>
      <translation>il n'y a pas de langue {text!r} ; choisissez parmi {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>usage: </source>
      <translation>utilisation : </translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>unrecognized arguments: {arguments}</source>
      <translation>arguments non reconnus : {arguments}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{option} needs a value after it</source>
      <translation>{option} doit être suivi d'une valeur</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{option} is a switch and takes no value (got {value})</source>
      <translation>{option} est un interrupteur et ne prend pas de valeur (reçu : {value})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{option} is short for several options ({choices}); write it out</source>
      <translation>{option} abrège plusieurs options ({choices}) ; écrivez-la en entier</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{option}: {problem}</source>
      <translation>{option} : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{program}: error: {message}</source>
      <translation>{program} : erreur : {message}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>See convolutional neural networks work.</source>
      <translation>Voir travailler les réseaux de neurones convolutifs.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>options</source>
      <translation>options</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>show this help and exit</source>
      <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>PATH</source>
      <translation>CHEMIN</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>open this picture at start</source>
      <translation>ouvrir cette image au démarrage</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>NAME</source>
      <translation>NOM</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>start on this view: {views}</source>
      <translation>démarrer sur cette vue : {views}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>render --view offscreen to this PNG and exit</source>
      <translation>rendre la vue --view hors écran dans ce PNG et quitter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>screenshot size, e.g. 1600x1000</source>
      <translation>taille de la capture d'écran, p. ex. 1600x1000</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>add convviz to this user's application menu (Linux) and exit</source>
      <translation>ajouter convviz au menu des applications de cet utilisateur (Linux) et quitter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>remove what --install-desktop-entry added and exit</source>
      <translation>retirer ce que --install-desktop-entry a ajouté et quitter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>open in presentation mode (F11)</source>
      <translation>ouvrir en mode présentation (F11)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>open built-in lesson N in its view</source>
      <translation>ouvrir la leçon intégrée N dans sa vue</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>system, light, dark or high-contrast, for this run only (the saved choice stays)</source>
      <translation>system, light, dark ou high-contrast, pour cette exécution seulement (le choix enregistré reste)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>LANG</source>
      <translation>LANGUE</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>system, en, de, es, fr or zh_CN, for this run only (the saved choice stays)</source>
      <translation>system, en, de, es, fr ou zh_CN, pour cette exécution seulement (le choix enregistré reste)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: there is no view called {view!r}; choose one of {choices}.</source>
      <translation>convviz : il n'y a pas de vue {view!r} ; choisissez parmi {choices}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: {problem}</source>
      <translation>convviz : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: --screenshot needs --view NAME (for example --view convolution) or --lesson N.</source>
      <translation>convviz : --screenshot demande --view NOM (par exemple --view convolution) ou --lesson N.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: the {view!r} view is not installed in this version.</source>
      <translation>convviz : la vue {view!r} n'est pas installée dans cette version.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: desktop entries are a Linux (freedesktop) feature; on this system, start convviz from a terminal or make a shortcut to it.</source>
      <translation>convviz : les entrées de bureau sont une fonction de Linux (freedesktop) ; sur ce système, lancez convviz depuis un terminal ou créez-lui un raccourci.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: added {entry} and its icon {icon}; remove them with --uninstall-desktop-entry.</source>
      <translation>convviz : {entry} et son icône {icon} ont été ajoutés ; retirez-les avec --uninstall-desktop-entry.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: removed {files}</source>
      <translation>convviz : supprimé : {files}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: removed nothing (no entry was there).</source>
      <translation>convviz : rien n'a été supprimé (aucune entrée n'était présente).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: could not change the desktop entry: {reason}.</source>
      <translation>convviz : impossible de modifier l'entrée de bureau : {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>there is no lesson {number}; the built-in lessons are numbered {first} to {last}.</source>
      <translation>il n'y a pas de leçon {number} ; les leçons intégrées sont numérotées de {first} à {last}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>--image and --lesson both choose the picture; lesson {number} brings its own, so give one.</source>
      <translation>--image et --lesson choisissent tous deux l'image ; la leçon {number} apporte la sienne, donnez donc l'un ou l'autre.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>lesson {number} is shown in the {view} view, not the {asked} view; leave out --view.</source>
      <translation>la leçon {number} s'affiche dans la vue {view}, pas dans la vue {asked} ; omettez --view.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>lesson {number} is shown in the lesson panel (it is a concept lesson), not the {asked} view; leave out --view.</source>
      <translation>la leçon {number} s'affiche dans le panneau des leçons (c'est une leçon de notions), pas dans la vue {asked} ; omettez --view.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: there is no file {path}; check the name and the folder.</source>
      <translation>convviz : il n'y a pas de fichier {path} ; vérifiez le nom et le dossier.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: {path} is a folder; --image needs a picture file.</source>
      <translation>convviz : {path} est un dossier ; --image attend un fichier image.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: {path} cannot be read (no permission to read it).</source>
      <translation>convviz : {path} ne peut pas être lu (pas de permission de lecture).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>could not open {path}: {reason}</source>
      <translation>impossible d'ouvrir {path} : {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: lesson {number} did not finish within {seconds:.0f} s.</source>
      <translation>convviz : la leçon {number} ne s'est pas terminée en {seconds:.0f} s.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: the {view} view did not finish within {seconds:.0f} s.</source>
      <translation>convviz : la vue {view} ne s'est pas terminée en {seconds:.0f} s.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: the {width}x{height} window could not hold this view: its layout needs {need_width}x{need_height}, so the picture is {got_width}x{got_height}.</source>
      <translation>convviz : la fenêtre {width}x{height} ne peut pas contenir cette vue : sa mise en page demande {need_width}x{need_height}, l'image fait donc {got_width}x{got_height}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: could not write the screenshot to {path}.</source>
      <translation>convviz : impossible d'écrire la capture d'écran dans {path}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: saved {width}x{height} screenshot of the window to {path}</source>
      <translation>convviz : capture d'écran {width}x{height} de la fenêtre enregistrée dans {path}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Pictures</source>
      <translation>Images</translation>
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
&lt;h2&gt;convviz en cinq minutes&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Choisissez une image&lt;/b&gt; : Fichier ▸ Ouvrir un exemple, Fichier ▸ Ouvrir une image… (Ctrl+O), déposez un fichier sur la
fenêtre, ou collez-en une (Ctrl+V).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Convolution&lt;/b&gt; (Ctrl+1) : changez les nombres du noyau (double-clic sur une cellule), choisissez un préréglage,
changez le pas, la bordure et la dilatation, et regardez la carte de caractéristiques suivre. La formule sous
« Faire glisser la fenêtre » dit pourquoi la carte a cette taille.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Cliquez un pixel&lt;/b&gt; de la carte de caractéristiques : les cellules qu'il lit s'allument sur l'entrée et le
panneau des produits montre sa somme, terme à terme. Le panneau PyTorch montre le même calcul
avec &lt;code&gt;F.conv2d&lt;/code&gt; et vérifie qu'il donne la même carte.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;L'activation et le pooling&lt;/b&gt; suivent la convolution, chacun avec sa carte : le chemin d'une
couche de CNN, convolution → activation → pooling.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Étapes&lt;/b&gt; (Ctrl+2) fait glisser la fenêtre position par position, chaque nombre visible ;
&lt;b&gt;LeNet&lt;/b&gt; (Ctrl+3) montre un réseau entraîné qui lit un chiffre que vous dessinez.&lt;/li&gt;
&lt;/ol&gt;
&lt;h3&gt;Enseigner avec&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Leçons&lt;/b&gt; : les exemples corrigés et les notions du cours, chargés dans la bonne vue avec une courte
explication (Alt+numéro, ou les touches numériques en présentation). Leçons ▸ Ouvrir un fichier de leçon… (Ctrl+L)
ouvre une leçon écrite par l'enseignant.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Exercices&lt;/b&gt; : prédire, puis révéler — masquez les cellules de sortie (H), révélez-en une (R) ou toutes
(Maj+R) ; demandez la taille de la sortie (O) ; laissez la classe deviner le chiffre avant les probabilités.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Présentation&lt;/b&gt; (F11) : plein écran, nombres plus grands, Espace lance la lecture, les flèches avancent pas à pas, +/− changent
la vitesse, P affiche un cercle autour du pointeur. Page suivante / Page précédente d'une télécommande avancent pas à pas, puis passent à la leçon
suivante / précédente ; B ou . noircit l'écran (B à nouveau le rétablit). Affichage ▸ Thème propose clair, sombre et
contraste élevé.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Export&lt;/b&gt; (Fichier ▸ Exporter) : une vue ou une seule carte en PNG, la fenêtre glissante en GIF ou
APNG, des matrices en CSV.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Sessions&lt;/b&gt; : Fichier ▸ Enregistrer la session (Ctrl+S) garde l'image, les noyaux, les réglages, l'étape et
les filtres modifiés ; Édition ▸ Annuler (Ctrl+Z) et Rétablir annulent chaque modification.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Modèle&lt;/b&gt; : entraînez LeNet vous-même, demandez &lt;i&gt;Pourquoi ce chiffre ?&lt;/i&gt;, parcourez la matrice de confusion
ou ouvrez votre propre petit modèle. &lt;i&gt;Chiffres de la classe&lt;/i&gt; (Ctrl+Maj+D) : dessinez les chiffres de votre classe,
appuyez sur la touche de chacun, voyez comment le réseau les lit à côté de MNIST, et affinez-le sur eux.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Conventions, les mêmes dans chaque vue&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Les couleurs suivent ce qu'une grandeur peut valoir&lt;/b&gt;, jamais ce qu'une image donne par hasard. Les valeurs qui peuvent être
négatives — noyaux et poids, produits, la sortie d'une convolution (même quand cette image ne donne aucune valeur négative),
logits, tanh ou leaky ReLU — sont bleues si négatives, blanches à zéro, orange si positives. Les valeurs qui
ne peuvent pas être négatives — après ReLU ou une sigmoïde, leur pooling, les probabilités — utilisent viridis (violet foncé = bas,
jaune = haut). Les images sont en gris. Les grilles de la vue Étapes, les cartes et les fichiers exportés utilisent les mêmes couleurs ; chaque
carte a une barre de couleurs graduée et chaque cellule affiche son nombre : la couleur n'est jamais le seul indice.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Lignes et colonnes sont comptées à partir de 1&lt;/b&gt;, comme les diapositives écrivent une matrice : la cellule en haut à gauche est la ligne 1, colonne 1.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;La taille de sortie&lt;/b&gt; s'écrit comme dans les diapositives, ⌊(n + 2p − f) / s⌋ + 1 ; avec une dilatation d le noyau couvre
f = d·(f − 1) + 1 cellules, et la forme dilatée ⌊(n + 2p − d·(f − 1) − 1) / s⌋ + 1 est affichée à côté.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Le facteur d'un noyau s'écrit à part&lt;/b&gt;, comme les diapositives écrivent « ±1, puis ÷ 9 » : des cellules entières avec « × 1/9 » à côté de
la grille ; les produits sont d'abord additionnés, puis la somme est multipliée par le facteur.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Survolez une carte pour lire ses valeurs.&lt;/p&gt;
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
&lt;h3&gt;Clavier et lecteurs d'écran&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Sans souris&lt;/b&gt; : Tab et Maj+Tab passent d'une commande à l'autre ; un anneau épais dans la couleur de surbrillance montre
où vont les touches. Alt ouvre les menus (Alt + la lettre soulignée). Ctrl+1, Ctrl+2, Ctrl+3 changent de vue.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Grilles de nombres&lt;/b&gt; : les flèches passent d'une cellule à l'autre ; tapez un nombre, ou appuyez sur Entrée ou F2, pour changer une cellule,
Entrée valide, Échap annule ; Tab parcourt les cellules d'une grille de noyau ou d'entrée, puis la quitte.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Cartes&lt;/b&gt; : quand une carte de caractéristiques a le focus, les flèches choisissent un pixel et sa somme s'affiche terme à terme, comme
avec un clic ; dans la vue LeNet, elles choisissent une carte ou une unité à examiner.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Étapes&lt;/b&gt; : Espace lance ou met en pause, les flèches avancent pas à pas, Origine/Fin vont à la première/dernière étape, + et − changent
la vitesse. Un lecteur d'écran entend le calcul de chaque étape, « sortie ligne 2, colonne 3 égale … ».&lt;/li&gt;
&lt;li&gt;&lt;b&gt;LeNet&lt;/b&gt; : dessiner demande une souris ou un stylet ; au clavier, choisissez « un 0 » … « un 9 » dans la liste à côté de
&lt;b&gt;Chiffre de test&lt;/b&gt; et appuyez sur Chiffre de test (Espace), ou ouvrez la photo d'un chiffre.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Affichage ▸ Réduire les animations&lt;/b&gt; : rien ne bouge tout seul (pas de lecture automatique, pas de menus glissants) ; les étapes viennent quand vous
les demandez. Conservé pour le prochain démarrage.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Tous les raccourcis&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Fichier&lt;/b&gt; : Ctrl+O ouvrir une image · Ctrl+V en coller une · Ctrl+S enregistrer la session · Ctrl+Maj+S l'enregistrer sous ·
Ctrl+Alt+O ouvrir une session · Ctrl+Q quitter.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Édition&lt;/b&gt; : Ctrl+Z annuler (aussi Alt+Retour arrière) · Ctrl+Maj+Z ou Ctrl+Y rétablir (aussi Alt+Maj+Retour arrière).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Affichage&lt;/b&gt; : Ctrl+1 Convolution · Ctrl+2 Étapes · Ctrl+3 LeNet · F11 mode présentation · Ctrl+Maj+P cercle autour du pointeur
(P en présentation) · B noircir l'écran en présentation.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Leçons&lt;/b&gt; : Alt+numéro ouvre une leçon · Alt+Droite / Alt+Gauche la leçon suivante / précédente · Ctrl+L un fichier
de leçon. &lt;b&gt;Exercices&lt;/b&gt; : H masquer les réponses · R révéler la suivante · Maj+R tout révéler · O demander la taille de la sortie.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Modèle&lt;/b&gt; : Ctrl+T entraîner LeNet · Ctrl+Maj+W pourquoi ce chiffre ? · Ctrl+Maj+M matrice de confusion ·
Ctrl+Maj+U ce que cherche chaque unité · Ctrl+Maj+O ouvrir votre propre modèle.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Aide&lt;/b&gt; : F1 ce Guide.&lt;/li&gt;
&lt;/ul&gt;
</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&lt;p&gt;&lt;b&gt;Floating panels&lt;/b&gt;: on a narrow window the model panels float as windows of their own, outside the Tab order. F6 (Model ▸ Go to the floating panel) moves the keyboard into the first, on to the next, and from the last back to the main window.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;Panneaux flottants&lt;/b&gt; : dans une fenêtre étroite, les panneaux du modèle flottent dans des fenêtres à part, hors de l'ordre de tabulation. F6 (Modèle ▸ Aller au panneau flottant) amène le clavier dans le premier, puis dans le suivant, et du dernier le ramène à la fenêtre principale.&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Convolution</source>
      <translation>Convolution</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Steps</source>
      <translation>Étapes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Loading the {view} view…</source>
      <translation>Chargement de la vue {view}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>see convolutional networks work</source>
      <translation>voir travailler les réseaux convolutifs</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>No views are installed.</source>
      <translation>Aucune vue n'est installée.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Compute</source>
      <translation>Calcul</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Compute on:</source>
      <translation>Calculer sur :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Where the views compute: the CPU, or a GPU when one is present</source>
      <translation>Où les vues calculent : sur le CPU, ou sur un GPU s'il y en a un</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>compute device</source>
      <translation>appareil de calcul</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;File</source>
      <translation>&amp;Fichier</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Open image…</source>
      <translation>&amp;Ouvrir une image…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Open &amp;sample</source>
      <translation>Ouvrir un &amp;exemple</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Paste picture</source>
      <translation>&amp;Coller une image</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Recent files</source>
      <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Quit</source>
      <translation>&amp;Quitter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;View</source>
      <translation>&amp;Affichage</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>{view} (not installed yet)</source>
      <translation>{view} (pas encore installée)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Full screen</source>
      <translation>&amp;Plein écran</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Help</source>
      <translation>&amp;Aide</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Guide</source>
      <translation>&amp;Guide</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;About convviz</source>
      <translation>À &amp;propos de convviz</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Where the last update was computed and how long it took</source>
      <translation>Où la dernière mise à jour a été calculée et combien de temps elle a pris</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Loading…</source>
      <translation>Chargement…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Ready.</source>
      <translation>Prêt.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>The {view} view could not start: {problem}</source>
      <translation>La vue {view} n'a pas pu démarrer : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>The {view} view could not start:</source>
      <translation>La vue {view} n'a pas pu démarrer :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Open a picture</source>
      <translation>Ouvrir une image</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Opening {file}…</source>
      <translation>Ouverture de {file}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Could not paste: {problem} The previous picture stays.</source>
      <translation>Collage impossible : {problem} L'image précédente reste.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>The clipboard holds no picture: copy an image or a picture file first.</source>
      <translation>Le presse-papiers ne contient pas d'image : copiez d'abord une image ou un fichier image.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>colour</source>
      <translation>couleur</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>grey</source>
      <translation>gris</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Picture: {picture} ({w}×{h}, {kind}).</source>
      <translation>Image : {picture} ({w}×{h}, {kind}).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Could not open that picture: {problem} The previous picture stays.</source>
      <translation>Impossible d'ouvrir cette image : {problem} L'image précédente reste.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Clear the list</source>
      <translation>Vider la liste</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>(none yet)</source>
      <translation>(aucun pour l'instant)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>convviz guide</source>
      <translation>Guide de convviz</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>About convviz</source>
      <translation>À propos de convviz</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>{name} is a folder, not a picture.</source>
      <translation>{name} est un dossier, pas une image.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>not loaded yet</source>
      <translation>pas encore chargé</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>compute devices</source>
      <translation>appareils de calcul</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>See convolutional neural networks work: live convolution, the sliding window step by step, and a trained LeNet layer by layer. MIT licence.</source>
      <translation>Voir travailler les réseaux de neurones convolutifs : la convolution en direct, la fenêtre glissante pas à pas et un LeNet entraîné couche par couche. Licence MIT.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Data shipped with convviz</source>
      <translation>Données fournies avec convviz</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>known once torch has loaded</source>
      <translation>connu une fois torch chargé</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>CPU ({threads} threads)</source>
      <translation>CPU ({threads} threads)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/platform_check.py" />
      <source>convviz: Qt cannot open a window here: the system lacks {libraries}.</source>
      <translation>convviz : Qt ne peut pas ouvrir de fenêtre ici : il manque au système {libraries}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/platform_check.py" />
      <source>Install them, then start convviz again:</source>
      <translation>Installez-les, puis relancez convviz :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/platform_check.py" />
      <source>(Without a desktop, QT_QPA_PLATFORM=offscreen runs convviz's screenshots and tests.)</source>
      <translation>(Sans bureau, QT_QPA_PLATFORM=offscreen fait tourner les captures d'écran et les tests de convviz.)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;System</source>
      <translation>&amp;Système</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;Light</source>
      <translation>&amp;Clair</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;Dark</source>
      <translation>&amp;Sombre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;High contrast</source>
      <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;Theme</source>
      <translation>&amp;Thème</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>Light or dark, as the desktop is set; follows it when it changes</source>
      <translation>Clair ou sombre comme le bureau ; le suit quand il change</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>Pure black on white, no grey text: best on a washed-out projector</source>
      <translation>Noir pur sur blanc, sans texte gris : idéal pour un projecteur délavé</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/accessibility/reduced_motion.py" />
      <source>Reduce &amp;motion</source>
      <translation>Réduire les &amp;animations</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/accessibility/reduced_motion.py" />
      <source>Nothing moves by itself: no autoplay of the steps, no sliding or fading menus</source>
      <translation>Rien ne bouge tout seul : pas de lecture automatique des étapes, pas de menus qui glissent ou s'estompent</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/fine_tune_runner.py" />
      <source>Fine-tuning failed: {error}</source>
      <translation>L'affinage a échoué : {error}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Class digits</source>
      <translation>Chiffres de la classe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{value}%</source>
      <translation>{value} %</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>every layer (conv1 … fc3)</source>
      <translation>toutes les couches (conv1 … fc3)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>the last layer ({name})</source>
      <translation>la dernière couche ({name})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>the last {count} layers ({names})</source>
      <translation>les {count} dernières couches ({names})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{count} class digits that are {true}s, read right</source>
      <translation>{count} chiffres de la classe qui sont des {true}, bien lus</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{count} class digits that are {true}s, read as {predicted} · click to list them</source>
      <translation>{count} chiffres de la classe qui sont des {true}, lus comme {predicted} · cliquez pour les lister</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Does the network read &lt;b&gt;your class's&lt;/b&gt; handwriting? Draw a digit, then press its key (0–9). Save the collection; a teacher merges the files of every machine.</source>
      <translation>Le réseau lit-il l'écriture de &lt;b&gt;votre classe&lt;/b&gt; ? Dessinez un chiffre, puis appuyez sur sa touche (0–9). Enregistrez la collection ; un enseignant fusionne les fichiers de toutes les machines.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Draw and label</source>
      <translation>Dessiner et étiqueter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Draw one digit, then press its key (0–9) or click its button</source>
      <translation>Dessinez un chiffre, puis appuyez sur sa touche (0–9) ou cliquez sur son bouton</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>This drawing is a {digit} (key {digit})</source>
      <translation>Ce dessin est un {digit} (touche {digit})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Undo stroke</source>
      <translation>Annuler trait</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Clear</source>
      <translation>Effacer</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Remove last digit</source>
      <translation>Retirer le dernier chiffre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Take back the digit added last (labelled by mistake)</source>
      <translation>Reprendre le dernier chiffre ajouté (mal étiqueté)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Add from files…</source>
      <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Merge class digits files (from several machines): a digit in two files is kept once</source>
      <translation>Fusionner des fichiers de chiffres de la classe (de plusieurs machines) : un chiffre présent dans deux fichiers est gardé une fois</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Save as…</source>
      <translation>Enregistrer sous…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Start over</source>
      <translation>Recommencer</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Empty the collection (the files saved stay as they are)</source>
      <translation>Vider la collection (les fichiers enregistrés restent tels quels)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Then press its key, or click:</source>
      <translation>Puis appuyez sur sa touche, ou cliquez :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>How the network reads them</source>
      <translation>Comment le réseau les lit</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Fine-tune on the class digits</source>
      <translation>Affiner sur les chiffres de la classe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Only these layers learn; the others keep the weights you see</source>
      <translation>Seules ces couches apprennent ; les autres gardent les poids affichés</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source> epochs</source>
      <translation> époques</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Fine-tune</source>
      <translation>Affiner</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>A quarter of each digit's drawings is kept aside to measure on; the network learns from the rest</source>
      <translation>Un quart des dessins de chaque chiffre est mis de côté pour mesurer ; le réseau apprend sur le reste</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Stop</source>
      <translation>Arrêter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Learns from the class digits, starting from the weights shown.</source>
      <translation>Apprend sur les chiffres de la classe, en partant des poids affichés.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>read right</source>
      <translation>bien lus</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>before</source>
      <translation>avant</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>after</source>
      <translation>après</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>change</source>
      <translation>écart</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Show the fine-tuned network in the explorer</source>
      <translation>Montrer le réseau affiné dans l'explorateur</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Draw a digit first, then press its key.</source>
      <translation>Dessinez d'abord un chiffre, puis appuyez sur sa touche.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Added a {digit}: {count} class digits.</source>
      <translation>Un {digit} ajouté : {count} chiffres de la classe.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Took back the last digit: {count} class digits.</source>
      <translation>Dernier chiffre repris : {count} chiffres de la classe.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Start over?</source>
      <translation>Recommencer ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>The {count} class digits are not saved. Empty the collection anyway?</source>
      <translation>Les {count} chiffres de la classe ne sont pas enregistrés. Vider quand même la collection ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>No class digits yet.</source>
      <translation>Pas encore de chiffres de la classe.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{digit}: {count}</source>
      <translation>{digit} : {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>&lt;b&gt;{count}&lt;/b&gt; class digits · {each}</source>
      <translation>&lt;b&gt;{count}&lt;/b&gt; chiffres de la classe · {each}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Add class digits files</source>
      <translation>Ajouter des fichiers de chiffres de la classe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Added {added} digits from {files} files ({dropped} already there): {count} class digits.</source>
      <translation>{added} chiffres ajoutés depuis {files} fichiers ({dropped} déjà présents) : {count} chiffres de la classe.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Some files were not added</source>
      <translation>Certains fichiers n'ont pas été ajoutés</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Added {added} class digits.</source>
      <translation>{added} chiffres de la classe ajoutés.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Save the class digits</source>
      <translation>Enregistrer les chiffres de la classe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>class-digits</source>
      <translation>chiffres-de-la-classe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>The class digits were not saved: {error}</source>
      <translation>Les chiffres de la classe n'ont pas été enregistrés : {error}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Saved {count} class digits to {name} ({size} kB).</source>
      <translation>{count} chiffres de la classe enregistrés dans {name} ({size} ko).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Misread digits (click one to see it in the LeNet explorer):</source>
      <translation>Chiffres mal lus (cliquez sur l'un d'eux pour le voir dans l'explorateur LeNet) :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>The class digits could not be read: {error}</source>
      <translation>Les chiffres de la classe n'ont pas pu être lus : {error}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Open the LeNet explorer: the network it shows reads the class digits.</source>
      <translation>Ouvrez l'explorateur LeNet : le réseau qu'il montre lit les chiffres de la classe.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>&lt;b&gt;{name}&lt;/b&gt; reads {mnist} of the MNIST test digits right. Draw class digits to compare.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt; lit bien {mnist} des chiffres de test MNIST. Dessinez des chiffres de la classe pour comparer.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>&lt;b&gt;{name}&lt;/b&gt; is reading the class digits…</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt; lit les chiffres de la classe…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>&lt;b&gt;{name}&lt;/b&gt; reads &lt;b&gt;{class_accuracy}&lt;/b&gt; of the {count} class digits right ({right}), and &lt;b&gt;{mnist}&lt;/b&gt; of the 10,000 MNIST test digits.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt; lit bien &lt;b&gt;{class_accuracy}&lt;/b&gt; des {count} chiffres de la classe ({right}), et &lt;b&gt;{mnist}&lt;/b&gt; des 10 000 chiffres de test MNIST.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{true}s read right:</source>
      <translation>{true} bien lus :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{true}s read as {predicted}:</source>
      <translation>{true} lus comme {predicted} :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>class digit {number}: a {label}, read as {read_as} · click to see it in the LeNet explorer</source>
      <translation>chiffre de la classe {number} : un {label}, lu comme {read_as} · cliquez pour le voir dans l'explorateur LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>No class digit is misread.</source>
      <translation>Aucun chiffre de la classe n'est mal lu.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>class digit {number} (a {label})</source>
      <translation>chiffre de la classe {number} (un {label})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Fine-tuning works on LeNet networks; your own model runs sealed in a sandbox</source>
      <translation>L'affinage fonctionne sur les réseaux LeNet ; votre propre modèle tourne isolé dans un bac à sable</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Draw at least two of a digit: one is kept aside to measure on</source>
      <translation>Dessinez au moins deux exemplaires d'un chiffre : l'un est mis de côté pour mesurer</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Fine-tuning {layers} of {name}…</source>
      <translation>Affinage de {layers} de {name}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Epoch {epoch} of {epochs}: loss {loss}, {accuracy} of the training class digits right</source>
      <translation>Époque {epoch} sur {epochs} : perte {loss}, {accuracy} des chiffres de la classe d'entraînement bien lus</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Stopped after {done} of {epochs} epochs</source>
      <translation>Arrêté après {done} époques sur {epochs}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{done} epochs</source>
      <translation>{done} époques</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{how} on {learnt} class digits ({layers}); {held} held out to measure on, in {seconds} s.</source>
      <translation>{how} sur {learnt} chiffres de la classe ({layers}) ; {held} mis de côté pour mesurer, en {seconds} s.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>held-out class digits ({count})</source>
      <translation>chiffres de la classe mis de côté ({count})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>MNIST test digits ({count})</source>
      <translation>chiffres de test MNIST ({count})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{right} of {count} right</source>
      <translation>{right} sur {count} bien lus</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{percent} ({right} of {count})</source>
      <translation>{percent} ({right} sur {count})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{sign}{points} points</source>
      <translation>{sign}{points} points</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Class &amp;digits…</source>
      <translation>&amp;Chiffres de la classe…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Draw and label your class's own digits: how well does the network read them?</source>
      <translation>Dessinez et étiquetez les chiffres de votre classe : le réseau les lit-il bien ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>&amp;Fine-tune on class digits…</source>
      <translation>&amp;Affiner sur les chiffres de la classe…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>The explorer reads {name}.</source>
      <translation>L'explorateur lit {name}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>fine-tuned on {count} class digits, stopped after {epochs} epochs</source>
      <translation>affiné sur {count} chiffres de la classe, arrêté après {epochs} époques</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>fine-tuned on {count} class digits, after {epochs} epochs</source>
      <translation>affiné sur {count} chiffres de la classe, après {epochs} époques</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Fine-tuned on class digits</source>
      <translation>Affiné sur les chiffres de la classe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Fine-tuned: choose “Fine-tuned on class digits” under the explorer to look inside.</source>
      <translation>Affiné : choisissez « Affiné sur les chiffres de la classe » sous l'explorateur pour regarder dedans.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Save the class digits?</source>
      <translation>Enregistrer les chiffres de la classe ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>The {count} class digits drawn here are not saved. Save them before closing?</source>
      <translation>Les {count} chiffres de la classe dessinés ici ne sont pas enregistrés. Les enregistrer avant de fermer ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>These settings give no output to guess.</source>
      <translation>Ces réglages ne donnent aucune sortie à deviner.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Right: {value}.</source>
      <translation>Juste : {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Not {guess}. Try again, or reveal the cell (R).</source>
      <translation>Pas {guess}. Réessayez, ou révélez la cellule (R).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Not {guess}: the true value is {value}.</source>
      <translation>Pas {guess} : la vraie valeur est {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>rows = columns = {formula}</source>
      <translation>lignes = colonnes = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>rows = {formula}</source>
      <translation>lignes = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>columns = {formula}</source>
      <translation>colonnes = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>no output</source>
      <translation>aucune sortie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>How big is the output?</source>
      <translation>Quelle est la taille de la sortie ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>output side = {formula}</source>
      <translation>côté de sortie = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Answer the size question to step through</source>
      <translation>Répondez à la question de la taille pour avancer</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>a {kh}×{kw} kernel</source>
      <translation>un noyau {kh}×{kw}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>, dilation {dilation}</source>
      <translation>, dilatation {dilation}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>a transposed convolution with {kernel}</source>
      <translation>une convolution transposée avec {kernel}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>, output padding {padding}</source>
      <translation>, bordure de sortie {padding}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>max pooling {k}×{k}</source>
      <translation>max pooling {k}×{k}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>average pooling {k}×{k}</source>
      <translation>pooling moyen {k}×{k}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>A {rows}×{cols} input, {what}, padding {padding}, stride {stride}: how many rows × columns does the output have?</source>
      <translation>Une entrée {rows}×{cols}, {what}, bordure {padding}, pas {stride} : combien de lignes × colonnes a la sortie ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>no output: {problem}</source>
      <translation>aucune sortie : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Not {guess}. Try again, or reveal the size (Shift+R).</source>
      <translation>Pas {guess}. Réessayez, ou révélez la taille (Maj+R).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Right: the output is {size}.</source>
      <translation>Juste : la sortie fait {size}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>The output is {size}.</source>
      <translation>La sortie fait {size}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Which digit?</source>
      <translation>Quel chiffre ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>How sure? Guess first, then reveal.</source>
      <translation>Sûr à quel point ? Devinez d'abord, puis révélez.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>The network has not read a digit yet: draw one or pick a test digit.</source>
      <translation>Le réseau n'a encore lu aucun chiffre : dessinez-en un ou choisissez un chiffre de test.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Enter a digit from 0 to 9 and how sure the class is, from 0 % to 100 %.</source>
      <translation>Entrez un chiffre de 0 à 9 et l'assurance de la classe, de 0 % à 100 %.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>You said {digit}, {confidence} sure. The network reads {winner}, {sure} sure.</source>
      <translation>Vous avez dit {digit}, sûrs à {confidence}. Le réseau lit {winner}, sûr à {sure}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Same digit.</source>
      <translation>Même chiffre.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>A different digit: the network gives your {digit} only {share}.</source>
      <translation>Un autre chiffre : le réseau ne donne à votre {digit} que {share}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>It is about as sure as you were.</source>
      <translation>Il est à peu près aussi sûr que vous.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>It is more sure than you were.</source>
      <translation>Il est plus sûr que vous.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>It is less sure than you were.</source>
      <translation>Il est moins sûr que vous.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>The test digit's true label is {label}.</source>
      <translation>La vraie étiquette du chiffre de test est {label}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Cover the output and ask the class how big it will be.</source>
      <translation>Couvrez la sortie et demandez à la classe quelle taille elle aura.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>predict, then reveal</source>
      <translation>prédire, puis révéler</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The exercises of the view on screen</source>
      <translation>Les exercices de la vue affichée</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the output cells</source>
      <translation>Masquer les cellules de sortie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the output cells so the class can predict them</source>
      <translation>Masquer les cellules de sortie pour que la classe les prédise</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>the class's guess for the highlighted cell</source>
      <translation>la réponse de la classe pour la cellule en surbrillance</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Type a number and press Enter to check it</source>
      <translation>Tapez un nombre et appuyez sur Entrée pour le vérifier</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Check</source>
      <translation>Vérifier</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Check the guess against the true value</source>
      <translation>Comparer la proposition à la vraie valeur</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal next</source>
      <translation>Révéler la suivante</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show the highlighted cell; again, move the window on</source>
      <translation>Afficher la cellule en surbrillance ; à nouveau, avancer la fenêtre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal all</source>
      <translation>Tout révéler</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show every output cell</source>
      <translation>Afficher toutes les cellules de sortie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Ask: what is the output size?</source>
      <translation>Demander : quelle est la taille de la sortie ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Cover the output and its formula and ask the class for its size</source>
      <translation>Cacher la sortie et sa formule et demander sa taille à la classe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>rows×columns, e.g. 4×4</source>
      <translation>lignes×colonnes, par ex. 4×4</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>the class's output size</source>
      <translation>la taille de sortie proposée par la classe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Rows×columns, e.g. 4×4; press Enter to check it</source>
      <translation>Lignes×colonnes, p. ex. 4×4 ; appuyez sur Entrée pour vérifier</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Check the output size</source>
      <translation>Vérifier la taille de sortie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal the size</source>
      <translation>Révéler la taille</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show the output size and how the formula gives it</source>
      <translation>Afficher la taille de sortie et comment la formule la donne</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Predict the output cells</source>
      <translation>Prédire les cellules de sortie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the output, let the class work out the highlighted cell, then reveal it. R reveals it, R again moves the window on.</source>
      <translation>Masquez la sortie, laissez la classe calculer la cellule en surbrillance, puis révélez-la. R la révèle, R encore fait avancer la fenêtre.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>What is the output size?</source>
      <translation>Quelle est la taille de la sortie ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the answer</source>
      <translation>Masquer la réponse</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the network's answer until the class has guessed</source>
      <translation>Cacher la réponse du réseau jusqu'à ce que la classe ait deviné</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The digit the class thinks the network will read</source>
      <translation>Le chiffre que la classe pense que le réseau lira</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>How sure the class thinks the network will be</source>
      <translation>L'assurance que la classe prête au réseau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>{percent} % sure</source>
      <translation>sûr à {percent} %</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Digit</source>
      <translation>Chiffre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal</source>
      <translation>Révéler</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show the network's answer beside the class's guess</source>
      <translation>Afficher la réponse du réseau à côté de la proposition de la classe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Which digit, and how sure?</source>
      <translation>Quel chiffre, et sûr à quel point ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the network's answer, draw or pick a digit, and let the class say which digit it will read and how sure it will be. Then reveal.</source>
      <translation>Masquez la réponse du réseau, dessinez ou choisissez un chiffre et laissez la classe dire quel chiffre il lira et avec quelle assurance. Puis révélez.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Predict cells in the Steps view</source>
      <translation>Prédire des cellules dans la vue Étapes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Go to the Steps view and its exercises</source>
      <translation>Aller à la vue Étapes et à ses exercices</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Guess the digit in the LeNet view</source>
      <translation>Deviner le chiffre dans la vue LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Go to the LeNet view and its exercise</source>
      <translation>Aller à la vue LeNet et à son exercice</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Predict, then reveal</source>
      <translation>Prédire, puis révéler</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The Steps view hides output cells and asks for the output size; the LeNet view asks which digit the network will read, and how sure it will be.</source>
      <translation>La vue Étapes masque des cellules de sortie et demande la taille de la sortie ; la vue LeNet demande quel chiffre le réseau lira, et avec quelle assurance.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Predict, then reveal works in the Steps view (Ctrl+2) and the LeNet view (Ctrl+3).</source>
      <translation>« Prédire, puis révéler » fonctionne dans la vue Étapes (Ctrl+2) et la vue LeNet (Ctrl+3).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Every cell is revealed.</source>
      <translation>Toutes les cellules sont révélées.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The LeNet view has no trained network to ask.</source>
      <translation>La vue LeNet n'a pas de réseau entraîné à interroger.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show everything again</source>
      <translation>Tout réafficher</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The output is shown as the window computes it.</source>
      <translation>La sortie s'affiche à mesure que la fenêtre la calcule.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>These settings give no output.</source>
      <translation>Ces réglages ne donnent aucune sortie.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>hidden: what is it?</source>
      <translation>masquée : que vaut-elle ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>revealed</source>
      <translation>révélée</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>{count} cell(s) hidden. Highlighted cell ({cell}) {state}</source>
      <translation>{count} cellule(s) masquée(s). Cellule en surbrillance ({cell}) {state}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal this cell</source>
      <translation>Révéler cette cellule</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Next hidden cell</source>
      <translation>Cellule masquée suivante</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The LeNet view has no trained network, so there is nothing to guess against.</source>
      <translation>La vue LeNet n'a pas de réseau entraîné : il n'y a rien à deviner.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show the answer</source>
      <translation>Afficher la réponse</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The answer is hidden: enter the class's digit and confidence, then reveal.</source>
      <translation>La réponse est masquée : entrez le chiffre et l'assurance de la classe, puis révélez.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The answer is on screen. H hides it for the next digit.</source>
      <translation>La réponse est affichée. H la masque pour le chiffre suivant.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Animated GIF</source>
      <translation>GIF animé</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Animated PNG</source>
      <translation>PNG animé</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>PNG picture</source>
      <translation>Image PNG</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>CSV table</source>
      <translation>Tableau CSV</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Python script</source>
      <translation>Script Python</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Jupyter notebook</source>
      <translation>Notebook Jupyter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Embed it in the code (runs anywhere)</source>
      <translation>L'intégrer au code (fonctionne partout)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>{number} of {count}</source>
      <translation>{number} sur {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Current &amp;view as PNG…</source>
      <translation>&amp;Vue actuelle en PNG…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>One &amp;map as PNG…</source>
      <translation>Une &amp;carte en PNG…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Matrix as &amp;CSV…</source>
      <translation>Matrice en &amp;CSV…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Sliding window as animated &amp;GIF…</source>
      <translation>Fenêtre glissante en &amp;GIF animé…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Sliding window as animated P&amp;NG…</source>
      <translation>Fenêtre glissante en P&amp;NG animé…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Scene as &amp;Python script…</source>
      <translation>Scène en script &amp;Python…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Scene as &amp;Jupyter notebook…</source>
      <translation>Scène en notebook &amp;Jupyter…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The view on screen at {scale}× its pixels, for slides</source>
      <translation>La vue à l'écran à {scale}× ses pixels, pour des diapositives</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>One map or matrix, each cell a sharp block of colour (at least 1024 px)</source>
      <translation>Une carte ou matrice, chaque cellule un bloc net de couleur (au moins 1024 px)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The numbers of a map or matrix, for a spreadsheet</source>
      <translation>Les nombres d'une carte ou matrice, pour un tableur</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The Steps view's sliding window, one frame per step</source>
      <translation>La fenêtre glissante de la vue Étapes, une image par étape</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The same animation as an animated PNG (full colour)</source>
      <translation>La même animation en PNG animé (toutes couleurs)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Commented torch code that rebuilds this view and prints the same numbers</source>
      <translation>Code torch commenté qui reconstruit cette vue et affiche les mêmes nombres</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The same code as a Jupyter notebook, one cell per step</source>
      <translation>Le même code en notebook Jupyter, une cellule par étape</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>&amp;Export</source>
      <translation>E&amp;xporter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>There is no view to export yet.</source>
      <translation>Il n'y a pas encore de vue à exporter.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the view as PNG</source>
      <translation>Enregistrer la vue en PNG</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved the view as a {width}×{height} PNG</source>
      <translation>Vue enregistrée en PNG {width}×{height}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Export one map as PNG</source>
      <translation>Exporter une carte en PNG</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the map as PNG</source>
      <translation>Enregistrer la carte en PNG</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved “{name}” as PNG</source>
      <translation>« {name} » enregistré en PNG</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Export a matrix as CSV</source>
      <translation>Exporter une matrice en CSV</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the numbers as CSV</source>
      <translation>Enregistrer les nombres en CSV</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved “{name}” as CSV</source>
      <translation>« {name} » enregistré en CSV</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>An animation is being written already.</source>
      <translation>Une animation est déjà en cours d'écriture.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Open the Steps view with settings that give an output first.</source>
      <translation>Ouvrez d'abord la vue Étapes avec des réglages qui donnent une sortie.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the sliding window as {format}</source>
      <translation>Enregistrer la fenêtre glissante en {format}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Drawing the {format} frames…</source>
      <translation>Dessin des images {format}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Cancel</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Export {format}</source>
      <translation>Exporter en {format}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The Python code is being written already.</source>
      <translation>Le code Python est déjà en cours d'écriture.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Could not export as Python: {problem}</source>
      <translation>Impossible d'exporter en Python : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>This view shows nothing to write as Python yet.</source>
      <translation>Cette vue ne montre encore rien à écrire en Python.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the scene as a {kind}</source>
      <translation>Enregistrer la scène en {kind}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Writing the Python code…</source>
      <translation>Écriture du code Python…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Read it from {name} (a smaller file; the picture must stay at {path})</source>
      <translation>La lire depuis {name} (fichier plus petit ; l'image doit rester à {path})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The picture in the code</source>
      <translation>L'image dans le code</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The picture is {width}×{height} pixels. Where should the code find it?</source>
      <translation>L'image fait {width}×{height} pixels. Où le code doit-il la trouver ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved the scene as Python: {file}.</source>
      <translation>Scène enregistrée en Python : {file}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Could not write the Python code: {problem}</source>
      <translation>Impossible d'écrire le code Python : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Writing the file…</source>
      <translation>Écriture du fichier…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Export cancelled: nothing was written.</source>
      <translation>Export annulé : rien n'a été écrit.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved the sliding window to {file}.</source>
      <translation>Fenêtre glissante enregistrée dans {file}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Could not write the animation: {problem}</source>
      <translation>Impossible d'écrire l'animation : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>This view has no maps or matrices to export.</source>
      <translation>Cette vue n'a ni carte ni matrice à exporter.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>There is no map called “{name}”; choose one of: {names}.</source>
      <translation>Il n'y a pas de carte « {name} » ; choisissez parmi : {names}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Which one?</source>
      <translation>Laquelle ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Could not export: {problem}</source>
      <translation>Export impossible : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>&lt;b&gt;New here?&lt;/b&gt; The &lt;b&gt;Lessons&lt;/b&gt; menu: every worked example and concept of the course, opened in the right view with its explanation (or press Alt and its number).&lt;br&gt;&lt;b&gt;Help ▸ Guide&lt;/b&gt; (F1): how convviz works, in five minutes.</source>
      <translation>&lt;b&gt;Nouveau ici ?&lt;/b&gt; Le menu &lt;b&gt;Leçons&lt;/b&gt; : chaque exemple corrigé et chaque notion du cours, ouverts dans la bonne vue avec leur explication (ou appuyez sur Alt et leur numéro).&lt;br&gt;&lt;b&gt;Aide ▸ Guide&lt;/b&gt; (F1) : comment marche convviz, en cinq minutes.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>Open the Guide</source>
      <translation>Ouvrir le guide</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>How convviz works, in five minutes (F1)</source>
      <translation>Comment convviz fonctionne, en cinq minutes (F1)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>Got it</source>
      <translation>Compris</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>Close this hint; it does not come back</source>
      <translation>Fermer cette astuce ; elle ne revient pas</translation>
    </message>
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
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Red</source>
      <translation>Rouge</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Green</source>
      <translation>Vert</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Blue</source>
      <translation>Bleu</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>input</source>
      <translation>entrée</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>(matrix {number})</source>
      <translation>(matrice {number})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Together the three grids make this picture:</source>
      <translation>Ensemble, les trois grilles forment cette image :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>a matrix (order 2)</source>
      <translation>une matrice (ordre 2)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>a tensor of order 3</source>
      <translation>un tenseur d'ordre 3</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>order {order}</source>
      <translation>ordre {order}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>numpy shape: ({shape}) · {count} numbers · {order}</source>
      <translation>forme numpy : ({shape}) · {count} nombres · {order}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Input: {name}</source>
      <translation>Entrée : {name}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>piece {number}</source>
      <translation>morceau {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>after {activation}</source>
      <translation>après {activation}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>The probabilities add up to {total}.</source>
      <translation>Les probabilités font au total {total}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>maxout = the larger piece</source>
      <translation>maxout = le plus grand morceau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>position</source>
      <translation>position</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>value</source>
      <translation>valeur</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>softmax probabilities</source>
      <translation>probabilités softmax</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>class</source>
      <translation>classe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>probability</source>
      <translation>probabilité</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>weights (biases not counted, as on the slide)</source>
      <translation>poids (biais non comptés, comme sur la diapositive)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>learnable parameters</source>
      <translation>paramètres apprenables</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>True total: {total} {what}.</source>
      <translation>Vrai total : {total} {what}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>The slide printed {total}.</source>
      <translation>La diapositive indiquait {total}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>kernel × {factor}</source>
      <translation>noyau × {factor}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>the feature map's numbers ({rows}×{cols})</source>
      <translation>les nombres de la carte de caractéristiques ({rows}×{cols})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Lesson files</source>
      <translation>Fichiers de leçon</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Answers hidden · H shows them</source>
      <translation>Réponses masquées · H les affiche</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Page Down and Page Up go through the lessons once one is open (Lessons menu, or type its number).</source>
      <translation>Page suivante et Page précédente parcourent les leçons dès qu'une est ouverte (menu Leçons, ou tapez son numéro).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Lesson {number} is the last lesson.</source>
      <translation>La leçon {number} est la dernière.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Lesson {number} is the first lesson.</source>
      <translation>La leçon {number} est la première.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Lessons</source>
      <translation>&amp;Leçons</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Open lesson file…</source>
      <translation>&amp;Ouvrir un fichier de leçon…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Previous lesson</source>
      <translation>Leçon &amp;précédente</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Next lesson</source>
      <translation>Leçon &amp;suivante</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Loading the lessons…</source>
      <translation>Chargement des leçons…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Open a lesson file</source>
      <translation>Ouvrir un fichier de leçon</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>This lesson cannot be opened</source>
      <translation>Impossible d'ouvrir cette leçon</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Nothing that was open has changed.</source>
      <translation>Rien de ce qui était ouvert n'a changé.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Your lesson files</source>
      <translation>Vos fichiers de leçon</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>The class predicts first: Exercises ▸ Hide the answers (H) shows them again</source>
      <translation>La classe prédit d'abord : Exercices ▸ Masquer les réponses (H) les réaffiche</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Lesson</source>
      <translation>Leçon</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Exercises</source>
      <translation>E&amp;xercices</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Hide the answers (predict first)</source>
      <translation>&amp;Masquer les réponses (prédire d'abord)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Reveal next</source>
      <translation>&amp;Révéler la suivante</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Reveal &amp;all</source>
      <translation>&amp;Tout révéler</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>What is the &amp;output size?</source>
      <translation>Quelle est la taille de la &amp;sortie ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/opener.py" />
      <source>There is no lesson {number}; the lessons run from 1 to {last}.</source>
      <translation>Il n'y a pas de leçon {number} ; les leçons vont de 1 à {last}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/opener.py" />
      <source>The lessons are still loading; try again in a moment.</source>
      <translation>Les leçons sont encore en chargement ; réessayez dans un instant.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/opener.py" />
      <source>Opening the lesson file {file}…</source>
      <translation>Ouverture du fichier de leçon {file}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/opener.py" />
      <source>Lesson {number}: {title}</source>
      <translation>Leçon {number} : {title}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>in the Steps view</source>
      <translation>dans la vue Étapes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>in the Convolution view</source>
      <translation>dans la vue Convolution</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>in the LeNet view</source>
      <translation>dans la vue LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>here</source>
      <translation>ici</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>The explanation comes back once the class has answered.</source>
      <translation>L'explication revient une fois que la classe a répondu.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Show the feature map of:</source>
      <translation>Afficher la carte de caractéristiques de :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Previous</source>
      <translation>Précédente</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>The previous lesson (Alt+Left)</source>
      <translation>La leçon précédente (Alt+Gauche)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Next</source>
      <translation>Suivante</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>The next lesson (Alt+Right)</source>
      <translation>La leçon suivante (Alt+Droite)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Back to the views</source>
      <translation>Retour aux vues</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>A concept lesson fills the window; this brings the views back. The panel then shows the lesson of the view on screen, or closes if it shows none</source>
      <translation>Une leçon de notion occupe toute la fenêtre ; ceci ramène les vues. Le panneau montre alors la leçon de la vue affichée, ou se ferme s'il n'y en a pas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>the lesson</source>
      <translation>la leçon</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>The lesson's text; the arrow keys scroll it</source>
      <translation>Le texte de la leçon ; les flèches le font défiler</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>No lesson open</source>
      <translation>Aucune leçon ouverte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Pick one from the Lessons menu, or type its number (1, 2, … 45).</source>
      <translation>Choisissez-en une dans le menu Leçons, ou tapez son numéro (1, 2, … 45).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Lesson {number} · {group} · shown {where}</source>
      <translation>Leçon {number} · {group} · affichée {where}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Where the slides say otherwise:</source>
      <translation>Là où les diapositives disent autre chose :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Load filter {number} into the convolution view</source>
      <translation>Charger le filtre {number} dans la vue Convolution</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>The confusion matrix appears here once the network has read every test digit.</source>
      <translation>La matrice de confusion apparaît ici une fois que le réseau a lu tous les chiffres de test.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Click a cell to see its digits.</source>
      <translation>Cliquez une cellule pour voir ses chiffres.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>test digits of the chosen cell</source>
      <translation>chiffres de test de la cellule choisie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Arrow keys choose a digit; “Open in explorer” shows it in the LeNet view</source>
      <translation>Les flèches choisissent un chiffre ; « Ouvrir dans l'explorateur » le montre dans la vue LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Open in explorer</source>
      <translation>Ouvrir dans l'explorateur</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Show the chosen test digit in the LeNet view</source>
      <translation>Montrer le chiffre de test choisi dans la vue LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Reading the 10,000 test digits with {name}…</source>
      <translation>Lecture des 10 000 chiffres de test avec {name}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>No confusion matrix: {problem}</source>
      <translation>Pas de matrice de confusion : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>{name} over {total} test digits: {accuracy} right, {wrong} mistakes. Rows: the true digit · columns: what the network read.</source>
      <translation>{name} sur {total} chiffres de test : {accuracy} de réussite, {wrong} erreurs. Lignes : le vrai chiffre · colonnes : ce que le réseau a lu.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>test digit #{index}: a {true}, read as {predicted} · double-click to open it</source>
      <translation>chiffre de test n° {index} : un {true}, lu comme {predicted} · double-cliquez pour l'ouvrir</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>read as {digit}</source>
      <translation>lus comme {digit}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source> (the first {count} shown)</source>
      <translation> (les {count} premiers affichés)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>{count} test digit(s) that are {true}s {what}</source>
      <translation>{count} chiffre(s) de test qui sont des {true} {what}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>double-click one to open it in the explorer</source>
      <translation>double-cliquez-en un pour l'ouvrir dans l'explorateur</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/curve_plot.py" />
      <source>training curves</source>
      <translation>courbes d'entraînement</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/curve_plot.py" />
      <source>epoch</source>
      <translation>époque</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Gradient saliency</source>
      <translation>Saillance par gradient</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Bright pixels: changing them would change this class's score most. Speckled: it is one gradient.</source>
      <translation>Pixels clairs : les changer changerait le plus le score de cette classe. Moucheté : c'est un seul gradient.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Grad-CAM on {layer}</source>
      <translation>Grad-CAM sur {layer}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Regions whose {layer} maps speak for this class (gradient-weighted maps, 0–1).</source>
      <translation>Régions dont les cartes {layer} plaident pour cette classe (cartes pondérées par le gradient, 0–1).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Occlusion (6×6 patch)</source>
      <translation>Occultation (carré 6×6)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Orange: hiding that patch lowers this class's probability (evidence for it). Blue: hiding it helps.</source>
      <translation>Orange : cacher ce carré fait baisser la probabilité de cette classe (indice pour elle). Bleu : le cacher aide.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Draw a digit or pick a test digit in the LeNet explorer.</source>
      <translation>Dessinez un chiffre ou choisissez un chiffre de test dans l'explorateur LeNet.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Evidence for:</source>
      <translation>Indices pour :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>predicted</source>
      <translation>prédit</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Explain whichever class the network picks</source>
      <translation>Expliquer la classe que le réseau choisit</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Where is the evidence for a {digit}?</source>
      <translation>Où sont les indices d'un {digit} ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Cannot explain this: {problem}</source>
      <translation>Impossible d'expliquer ceci : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>label {label}</source>
      <translation>étiquette {label}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>the predicted class, {digit}</source>
      <translation>la classe prédite, {digit}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>class {digit} ({share})</source>
      <translation>la classe {digit} ({share})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>The picture</source>
      <translation>L'image</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>the network reads {digit} ({sure}). Evidence for {which}:</source>
      <translation>le réseau lit {digit} ({sure}). Indices pour {which} :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>PyTorch models</source>
      <translation>Modèles PyTorch</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Open a model file…</source>
      <translation>Ouvrir un fichier de modèle…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The network the explorer shows</source>
      <translation>Le réseau que montre l'explorateur</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>network</source>
      <translation>réseau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Train LeNet…</source>
      <translation>Entraîner LeNet…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Train LeNet on MNIST yourself and watch it learn</source>
      <translation>Entraînez vous-même LeNet sur MNIST et regardez-le apprendre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Why this digit?</source>
      <translation>Pourquoi ce chiffre ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Which pixels pushed the network towards its answer</source>
      <translation>Quels pixels ont poussé le réseau vers sa réponse</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Confusion matrix</source>
      <translation>Matrice de confusion</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Which digits the network mistakes for which, over the 10,000 test digits</source>
      <translation>Quels chiffres le réseau confond avec lesquels, sur les 10 000 chiffres de test</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>What units look for</source>
      <translation>Ce que cherchent les unités</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The test digits that excite the inspected map or unit most, and a picture made for it (right-click any map or unit for the same)</source>
      <translation>Les chiffres de test qui excitent le plus la carte ou l'unité examinée, et une image faite pour elle (clic droit sur une carte ou une unité pour la même chose)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Network:</source>
      <translation>Réseau :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Model</source>
      <translation>&amp;Modèle</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Open model…</source>
      <translation>&amp;Ouvrir un modèle…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>LeNet weights (a state_dict) or a small TorchScript CNN reading 1×28×28</source>
      <translation>Poids LeNet (un state_dict) ou un petit CNN TorchScript lisant 1×28×28</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Train LeNet…</source>
      <translation>&amp;Entraîner LeNet…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Why this digit?</source>
      <translation>&amp;Pourquoi ce chiffre ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Confusion matrix</source>
      <translation>Matrice de &amp;confusion</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>What does each &amp;unit look for?</source>
      <translation>Que cherche chaque &amp;unité ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Go to the &amp;floating panel</source>
      <translation>Aller au panneau &amp;flottant</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>A panel floating over a narrow window is a window of its own, out of the Tab order: F6 goes into it, to the next one, and back</source>
      <translation>Un panneau qui flotte sur une fenêtre étroite est une fenêtre à part, hors de l'ordre de tabulation : F6 y entre, passe au suivant, puis revient</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Shipped weights</source>
      <translation>Poids fournis</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The explorer now shows {network}.</source>
      <translation>L'explorateur montre maintenant {network}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>{network} with your edited filters</source>
      <translation>{network} avec vos filtres modifiés</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>No model panel is floating; Tab reaches the docked ones.</source>
      <translation>Aucun panneau du modèle ne flotte ; Tab atteint les panneaux ancrés.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Train LeNet</source>
      <translation>Entraîner LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>What does this unit look for?</source>
      <translation>Que cherche cette unité ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The explorer reads MNIST test digit #{index}.</source>
      <translation>L'explorateur lit le chiffre de test MNIST n° {index}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>trained in the app, stopped after {epochs} epochs</source>
      <translation>entraîné dans l'application, arrêté après {epochs} époques</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>trained in the app, after {epochs} epochs</source>
      <translation>entraîné dans l'application, après {epochs} époques</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Trained now</source>
      <translation>Entraîné à l'instant</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Training stopped: {accuracy} on the test digits. Choose “{name}” under the explorer to look inside.</source>
      <translation>Entraînement arrêté : {accuracy} sur les chiffres de test. Choisissez « {name} » sous l'explorateur pour regarder dedans.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Training done: {accuracy} on the test digits. Choose “{name}” under the explorer to look inside.</source>
      <translation>Entraînement terminé : {accuracy} sur les chiffres de test. Choisissez « {name} » sous l'explorateur pour regarder dedans.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Open a model</source>
      <translation>Ouvrir un modèle</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Could not measure the test accuracy: {problem}</source>
      <translation>Impossible de mesurer la précision de test : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>LeNet weights</source>
      <translation>poids LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>TorchScript, {count} layers found</source>
      <translation>TorchScript, {count} couches trouvées</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Opened: {name}</source>
      <translation>Ouvert : {name}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Opened {name}: the explorer shows it now.</source>
      <translation>{name} ouvert : l'explorateur le montre maintenant.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The explorer shows {network} again.</source>
      <translation>L'explorateur montre de nouveau {network}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Your model was stopped</source>
      <translation>Votre modèle a été arrêté</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The explorer keeps showing {network}.</source>
      <translation>L'explorateur continue de montrer {network}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>This model cannot be opened</source>
      <translation>Impossible d'ouvrir ce modèle</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Model refused: {problem}</source>
      <translation>Modèle refusé : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/overlay_map.py" />
      <source>where the evidence lies</source>
      <translation>où sont les indices</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/overlay_map.py" />
      <source>hover the picture for values</source>
      <translation>survolez l'image pour les valeurs</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>your picture</source>
      <translation>votre image</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>what the network in training reads in your picture</source>
      <translation>ce que le réseau en entraînement lit dans votre image</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>draw a digit in the explorer</source>
      <translation>dessinez un chiffre dans l'explorateur</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Network</source>
      <translation>Réseau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Test accuracy (10,000 digits)</source>
      <translation>Précision de test (10 000 chiffres)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>test accuracy of each network</source>
      <translation>précision de test de chaque réseau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>One row a network: its accuracy on the 10,000 MNIST test digits</source>
      <translation>Une ligne par réseau : sa précision sur les 10 000 chiffres de test MNIST</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>in the explorer</source>
      <translation>dans l'explorateur</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>measuring…</source>
      <translation>mesure…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>epochs</source>
      <translation>époques</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>How many times the training goes through all 10,000 training digits it ships</source>
      <translation>Combien de fois l'entraînement parcourt les 10 000 chiffres d'entraînement fournis</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>batch size</source>
      <translation>taille de lot</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>How many digits each step of training learns from at once</source>
      <translation>Sur combien de chiffres à la fois chaque pas d'entraînement apprend</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>learning rate</source>
      <translation>taux d'apprentissage</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Peak learning rate: it rises for the first fifth of the run, then falls (one-cycle)</source>
      <translation>Taux d'apprentissage maximal : il monte pendant le premier cinquième, puis baisse (one-cycle)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>augment digits</source>
      <translation>augmenter les chiffres</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Every batch gets randomly shifted, rotated, scaled, sheared and thickened digits: slower to learn, but the network then reads hand-drawn digits better</source>
      <translation>Chaque lot reçoit des chiffres décalés, tournés, mis à l'échelle, cisaillés et épaissis au hasard : apprentissage plus lent, mais le réseau lit mieux les chiffres dessinés à la main</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>training device</source>
      <translation>appareil d'entraînement</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Where the training runs: the CPU, or a GPU when one is present</source>
      <translation>Où tourne l'entraînement : le CPU, ou un GPU s'il y en a un</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>While training, each activation entering fc2 and fc3 is switched off with this probability (the others are scaled up to keep the sum); when the network reads a digit, dropout is off</source>
      <translation>Pendant l'entraînement, chaque activation qui entre dans fc2 et fc3 est coupée avec cette probabilité (les autres sont agrandies pour garder la somme) ; quand le réseau lit un chiffre, le dropout est coupé</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>all</source>
      <translation>tous</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>dropout</source>
      <translation>dropout</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>training digits</source>
      <translation>chiffres d'entraînement</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>How many training digits one epoch goes through (a few: fine-tuning on little data)</source>
      <translation>Combien de chiffres d'entraînement une époque parcourt (peu : affiner avec peu de données)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>start from the shipped weights</source>
      <translation>partir des poids fournis</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Transfer learning: begin with the trained network instead of random weights, then go on training</source>
      <translation>Apprentissage par transfert : partir du réseau entraîné au lieu de poids aléatoires, puis continuer l'entraînement</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Layers that learn:</source>
      <translation>Couches qui apprennent :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Unticked: the layer is frozen, its weights stay as they start</source>
      <translation>Non cochée : la couche est gelée, ses poids restent ceux du départ</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Epochs</source>
      <translation>Époques</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Batch</source>
      <translation>Lot</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Learning rate</source>
      <translation>Taux d'apprentissage</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Device</source>
      <translation>Appareil</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Dropout</source>
      <translation>Dropout</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Digits</source>
      <translation>Chiffres</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Augmentation: digits as stored (top) and as one batch sees them (bottom)</source>
      <translation>Augmentation : chiffres tels que stockés (en haut) et tels qu'un lot les voit (en bas)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>digit</source>
      <translation>chiffre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>every batch draws new shifts, turns, scalings, shears and thicknesses</source>
      <translation>chaque lot tire de nouveaux décalages, rotations, mises à l'échelle, cisaillements et épaisseurs</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Draw again</source>
      <translation>Nouveau tirage</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Show eight digits changed again, as a new batch would see them</source>
      <translation>Montrer huit chiffres modifiés à nouveau, comme un nouveau lot les verrait</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Start</source>
      <translation>Démarrer</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Start training with these settings</source>
      <translation>Lancer l'entraînement avec ces réglages</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Pause the training, or go on</source>
      <translation>Mettre l'entraînement en pause, ou continuer</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Stop the training; the weights learnt so far stay</source>
      <translation>Arrêter l'entraînement ; les poids appris jusque-là restent</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>ready</source>
      <translation>prêt</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Loss (cross-entropy)</source>
      <translation>Perte (entropie croisée)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>loss</source>
      <translation>perte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>train</source>
      <translation>entraînement</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>test</source>
      <translation>test</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Accuracy</source>
      <translation>Précision</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>conv1's 6 filters, live</source>
      <translation>Les 6 filtres de conv1, en direct</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>from random noise to edge and stroke detectors</source>
      <translation>du bruit aléatoire aux détecteurs de contours et de traits</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Start a run: the curves, the filters and the prediction follow it.</source>
      <translation>Lancez un entraînement : les courbes, les filtres et la prédiction le suivent.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Save weights…</source>
      <translation>Enregistrer les poids…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>A state_dict file (weights only) with a model card beside it</source>
      <translation>Un fichier state_dict (poids seulement) avec une fiche du modèle à côté</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Explore these weights</source>
      <translation>Explorer ces poids</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Show the network just trained in the LeNet view</source>
      <translation>Montrer le réseau tout juste entraîné dans la vue LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>tick at least one layer that learns: with every layer frozen nothing is trained.</source>
      <translation>coche au moins une couche qui apprend : si toutes les couches sont gelées, rien n'est entraîné.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>A training run is going: stop it first to use other settings.</source>
      <translation>Un entraînement est en cours : arrête-le d'abord pour utiliser d'autres réglages.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Cannot train: {problem}</source>
      <translation>Impossible d'entraîner : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>starting the training process…</source>
      <translation>démarrage du processus d'entraînement…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Training: {epochs} epochs of batches of {batch}…</source>
      <translation>Entraînement : {epochs} époques par lots de {batch}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>stopping after this batch…</source>
      <translation>arrêt après ce lot…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>paused</source>
      <translation>en pause</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>epoch {epoch}/{epochs} · {percent}% · {time} left</source>
      <translation>époque {epoch}/{epochs} · {percent} % · reste {time}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>stopped</source>
      <translation>arrêté</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>done</source>
      <translation>terminé</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Stopped after {done} of {epochs} epochs in {time}: test accuracy {accuracy}.</source>
      <translation>Arrêté après {done} époques sur {epochs} en {time} : précision de test {accuracy}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Done after {done} of {epochs} epochs in {time}: test accuracy {accuracy}.</source>
      <translation>Terminé après {done} époques sur {epochs} en {time} : précision de test {accuracy}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>failed</source>
      <translation>échec</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Save the trained weights</source>
      <translation>Enregistrer les poids entraînés</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>PyTorch weights</source>
      <translation>Poids PyTorch</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Nothing to save yet: train first.</source>
      <translation>Rien à enregistrer pour l'instant : entraînez d'abord.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Could not save to {path}: {problem}</source>
      <translation>Impossible d'enregistrer dans {path} : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Saved {weights} and its model card {card}.</source>
      <translation>{weights} et sa fiche du modèle {card} enregistrés.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_runner.py" />
      <source>a training run is already going; stop it first.</source>
      <translation>un entraînement est déjà en cours ; arrête-le d'abord.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>{count} maps</source>
      <translation>{count} cartes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>{count} units</source>
      <translation>{count} unités</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>{count} class scores</source>
      <translation>{count} scores de classe</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Pick a map or a unit of the network the explorer shows.</source>
      <translation>Choisissez une carte ou une unité du réseau que montre l'explorateur.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>The layer whose unit to look at</source>
      <translation>La couche dont regarder une unité</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>layer</source>
      <translation>couche</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Which map or unit of the layer</source>
      <translation>Quelle carte ou unité de la couche</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>map or unit</source>
      <translation>carte ou unité</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Layer:</source>
      <translation>Couche :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>The nine test digits that excite it most</source>
      <translation>Les neuf chiffres de test qui l'excitent le plus</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Make a picture for it</source>
      <translation>Créer une image pour elle</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Grow a picture from faint noise by gradient ascent on this unit's value</source>
      <translation>Faire pousser une image à partir d'un bruit léger par montée de gradient sur la valeur de cette unité</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Stop making the picture</source>
      <translation>Arrêter de créer l'image</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Gradient ascent changes the picture, step by step, to raise this unit's value. Each step the picture also fades a little and now and then is blurred and shifted, so only patterns the unit really likes survive.</source>
      <translation>La montée de gradient change l'image pas à pas pour augmenter la valeur de cette unité. À chaque pas l'image s'estompe aussi un peu et, de temps en temps, est floutée et décalée : seuls les motifs que l'unité aime vraiment survivent.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>A picture made for it (activation maximisation)</source>
      <translation>Une image faite pour elle (maximisation de l'activation)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>The network changed: the picture being made was for the one before.</source>
      <translation>Le réseau a changé : l'image en cours était pour le précédent.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>class </source>
      <translation>classe </translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>map </source>
      <translation>carte </translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>unit </source>
      <translation>unité </translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>What does {unit} of {network} look for?</source>
      <translation>Que cherche {unit} de {network} ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Cannot rank the test digits: {problem}</source>
      <translation>Impossible de classer les chiffres de test : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>a {digit}</source>
      <translation>un {digit}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source> at row {row}, column {column} of the map</source>
      <translation> à la ligne {row}, colonne {column} de la carte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>test digit #{index} (a {digit})</source>
      <translation>chiffre de test n° {index} (un {digit})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>click to open it in the explorer</source>
      <translation>cliquez pour l'ouvrir dans l'explorateur</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source> (so far: {count} of the test digits read)</source>
      <translation> (pour l'instant : {count} chiffres de test lus)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>The box is the {rows}×{cols} patch its strongest position sees (cut where it passes the edge).</source>
      <translation>Le cadre est le carré {rows}×{cols} que voit sa position la plus forte (coupé là où il dépasse le bord).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>A fully connected unit sees the whole digit.</source>
      <translation>Une unité entièrement connectée voit tout le chiffre.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>its score (logit)</source>
      <translation>son score (logit)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>the unit's value before ReLU</source>
      <translation>la valeur de l'unité avant ReLU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Strongest first{so_far}; the number is {value}.</source>
      <translation>Les plus forts d'abord{so_far} ; le nombre est {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Click one to open it in the explorer.</source>
      <translation>Cliquez-en un pour l'ouvrir dans l'explorateur.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Could not make a picture: {problem}</source>
      <translation>Impossible de créer une image : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source> at the centre of its map (row {row}, column {column}; the box is what it sees)</source>
      <translation> au centre de sa carte (ligne {row}, colonne {column} ; le cadre est ce qu'elle voit)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>its strongest test digit: {score}</source>
      <translation>son chiffre de test le plus fort : {score}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>after {step} of {steps} steps: {value} · on the starting noise: {noise} · on the average digit: {average}</source>
      <translation>après {step} pas sur {steps} : {value} · sur le bruit de départ : {noise} · sur le chiffre moyen : {average}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>cancelled after {step} steps.</source>
      <translation>annulé après {step} pas.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Presentation mode: Space play/pause · ←/→ step · PgDn/PgUp step, then next/previous lesson · +/− speed · digits pick a lesson · B blank · P pointer · F11 or Esc to leave</source>
      <translation>Mode présentation : Espace lecture/pause · ←/→ étape · PgSuiv/PgPréc étape, puis leçon suivante/précédente · +/− vitesse · les chiffres choisissent une leçon · B écran noir · P pointeur · F11 ou Échap pour quitter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>&amp;Blank the screen</source>
      <translation>Écran &amp;noir</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Black screen while you talk, as in PowerPoint: B or . while presenting; B, . , Esc or a click bring the picture back</source>
      <translation>Écran noir pendant que vous parlez, comme dans PowerPoint : B ou . en présentation ; B, . , Échap ou un clic ramènent l'image</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>&amp;Presentation mode</source>
      <translation>Mode &amp;présentation</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Full screen, large text, keyboard control: {keys}</source>
      <translation>Plein écran, grand texte, contrôle au clavier : {keys}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Pointer &amp;highlight</source>
      <translation>&amp;Surligner le pointeur</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>A large circle follows the mouse so the class sees where you point (P)</source>
      <translation>Un grand cercle suit la souris pour que la classe voie où vous pointez (P)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Presentation mode off.</source>
      <translation>Mode présentation désactivé.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>convviz sessions</source>
      <translation>Sessions convviz</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Open &amp;session…</source>
      <translation>Ouvrir une &amp;session…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Save session</source>
      <translation>&amp;Enregistrer la session</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Save session &amp;as…</source>
      <translation>Enregistrer la session &amp;sous…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Restore &amp;last session</source>
      <translation>Restaurer la &amp;dernière session</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>The session convviz saved when it was last closed</source>
      <translation>La session que convviz a enregistrée à sa dernière fermeture</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Reopen last session on start</source>
      <translation>Rouvrir la dernière session au démarrage</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Open the session saved at the last quit when convviz starts</source>
      <translation>Ouvrir au démarrage de convviz la session enregistrée à la dernière fermeture</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Edit</source>
      <translation>É&amp;dition</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Undo</source>
      <translation>&amp;Annuler</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Redo</source>
      <translation>&amp;Rétablir</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Undo {action}</source>
      <translation>&amp;Annuler {action}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Redo {action}</source>
      <translation>&amp;Rétablir {action}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Save the session</source>
      <translation>Enregistrer la session</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>The session was not saved</source>
      <translation>La session n'a pas été enregistrée</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Could not save the session to {file}: {problem}.</source>
      <translation>Impossible d'enregistrer la session dans {file} : {problem}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Session saved to {file} ({size} KB).</source>
      <translation>Session enregistrée dans {file} ({size} Ko).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Open a session</source>
      <translation>Ouvrir une session</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Opening the session {file}…</source>
      <translation>Ouverture de la session {file}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>There is no last session yet: convviz saves one when it closes.</source>
      <translation>Il n'y a pas encore de dernière session : convviz en enregistre une à sa fermeture.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>This session cannot be opened</source>
      <translation>Impossible d'ouvrir cette session</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>This session</source>
      <translation>Cette session</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source> (left out: {views} — not in this convviz)</source>
      <translation> (omis : {views} — absent de ce convviz)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Session {name} opened{note}.</source>
      <translation>Session {name} ouverte{note}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>The session's lesson {number} is not in this convviz.</source>
      <translation>La leçon {number} de la session n'existe pas dans ce convviz.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>The session's lesson file {path} is no longer there.</source>
      <translation>Le fichier de leçon {path} de la session n'est plus là.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Edit the kernel</source>
      <translation>Modifier le noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Switch grey / RGB</source>
      <translation>Basculer gris / RVB</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Link the channels</source>
      <translation>Lier les canaux</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Choose the channel</source>
      <translation>Choisir le canal</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Flip the kernel</source>
      <translation>Retourner le noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the stride</source>
      <translation>Changer le pas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the padding</source>
      <translation>Changer la bordure</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the border</source>
      <translation>Changer le bord</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the dilation</source>
      <translation>Changer la dilatation</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Choose the activation</source>
      <translation>Choisir l'activation</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the leaky slope</source>
      <translation>Changer la pente leaky</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the ELU alpha</source>
      <translation>Changer l'alpha d'ELU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Choose the pooling</source>
      <translation>Choisir le pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the pool size</source>
      <translation>Changer la taille du pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the pool stride</source>
      <translation>Changer le pas du pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the groups</source>
      <translation>Changer les groupes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Edit the input</source>
      <translation>Modifier l'entrée</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Switch convolution / pooling</source>
      <translation>Basculer convolution / pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the kernel's factor</source>
      <translation>Changer le facteur du noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the bias</source>
      <translation>Changer le biais</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Step another filter</source>
      <translation>Parcourir un autre filtre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the output padding</source>
      <translation>Changer la bordure de sortie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Kernel preset {preset}</source>
      <translation>Préréglage de noyau {preset}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the settings</source>
      <translation>Changer les réglages</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Resize the input</source>
      <translation>Redimensionner l'entrée</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Resize the kernel</source>
      <translation>Redimensionner le noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Load an example</source>
      <translation>Charger un exemple</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Edit a filter</source>
      <translation>Modifier un filtre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Reset the filters</source>
      <translation>Réinitialiser les filtres</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Pick {picture}</source>
      <translation>Choisir {picture}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Open {picture}</source>
      <translation>Ouvrir {picture}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>activation</source>
      <translation>activation</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>slope a = </source>
      <translation>pente a = </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>leaky ReLU slope</source>
      <translation>pente de leaky ReLU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>How much of a negative value leaky ReLU lets through</source>
      <translation>Quelle part d'une valeur négative leaky ReLU laisse passer</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>ELU alpha</source>
      <translation>alpha d'ELU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>The value ELU approaches for very negative inputs</source>
      <translation>La valeur dont ELU s'approche pour des entrées très négatives</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>the activation's curve</source>
      <translation>la courbe de l'activation</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>the red channel</source>
      <translation>du canal rouge</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>the green channel</source>
      <translation>du canal vert</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>the blue channel</source>
      <translation>du canal bleu</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>The kernel of {channel}</source>
      <translation>Le noyau {channel}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>{channel} ∗ kernel</source>
      <translation>{channel} ∗ noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>The three channel maps add up to the feature map (below, right)</source>
      <translation>Les trois cartes de canal s'additionnent en la carte de caractéristiques (en bas à droite)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>Three maps, one per channel: {channel} is shown below, right</source>
      <translation>Trois cartes, une par canal : celle {channel} est en bas à droite</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>, every cell × {factor}</source>
      <translation>, chaque cellule × {factor}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>map</source>
      <translation>carte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>Arrow keys choose a pixel; its sum is then shown term by term</source>
      <translation>Les flèches choisissent un pixel ; sa somme s'affiche alors terme à terme</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>Colours: {meaning}</source>
      <translation>Couleurs : {meaning}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>values {low} … {high}</source>
      <translation>valeurs {low} … {high}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source> (sampled)</source>
      <translation> (échantillonné)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>1 screen pixel = {step}×{step} cells; </source>
      <translation>1 pixel d'écran = {step}×{step} cellules ; </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>, beyond the bar in its end colours</source>
      <translation>, au-delà de la barre dans ses couleurs extrêmes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>input picture</source>
      <translation>image d'entrée</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>A sample picture to convolve, or drawing your own</source>
      <translation>Une image d'exemple à convoluer, ou votre propre dessin</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>— Your own —</source>
      <translation>— Les vôtres —</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Draw your own picture</source>
      <translation>Dessinez votre image</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Live camera</source>
      <translation>Caméra en direct</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Every camera frame through the kernel, activation and pooling, as it comes</source>
      <translation>Chaque image de la caméra passe par le noyau, l'activation et le pooling, dès qu'elle arrive</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Grey</source>
      <translation>Gris</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>RGB (3 channels)</source>
      <translation>RVB (3 canaux)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>One channel: the brightness of each pixel</source>
      <translation>Un canal : la luminosité de chaque pixel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Red, green and blue: a kernel per channel, results summed</source>
      <translation>Rouge, vert et bleu : un noyau par canal, résultats additionnés</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>drawing canvas</source>
      <translation>zone de dessin</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Clear drawing</source>
      <translation>Effacer le dessin</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Wipe the drawing and start again</source>
      <translation>Effacer le dessin et recommencer</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Channels</source>
      <translation>Canaux</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Picture</source>
      <translation>Image</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Custom (edited by hand)</source>
      <translation>Personnalisé (modifié à la main)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Cross-correlation (flip off): the kernel slides over the picture as drawn. This is what CNN layers (and PyTorch's conv2d) compute.</source>
      <translation>Corrélation croisée (sans retournement) : le noyau glisse sur l'image tel qu'il est dessiné. C'est ce que calculent les couches d'un CNN (et conv2d de PyTorch).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>True convolution (flip on): the kernel is rotated 180° before it slides, as in signal processing. Kernels unchanged by a 180° turn (box blur, Laplacian) give the same map either way; a mirror-symmetric one like [1 0 −1] changes sign.</source>
      <translation>Vraie convolution (retourné) : le noyau est tourné de 180° avant de glisser, comme en traitement du signal. Les noyaux inchangés par un demi-tour (flou moyen, laplacien) donnent la même carte ; un noyau à symétrie miroir comme [1 0 −1] change de signe.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Flip the kernel (true convolution)</source>
      <translation>Retourner le noyau (vraie convolution)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Flip (true convolution)</source>
      <translation>Retourner (vraie convolution)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Kernels the course uses, each with what it does</source>
      <translation>Les noyaux du cours, chacun avec ce qu'il fait</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>kernel preset</source>
      <translation>préréglage de noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Kernel height (rows)</source>
      <translation>Hauteur du noyau (lignes)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Kernel width (columns)</source>
      <translation>Largeur du noyau (colonnes)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>kernel rows</source>
      <translation>lignes du noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>kernel columns</source>
      <translation>colonnes du noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Double-click a cell (or select it and type) to change a weight</source>
      <translation>Double-cliquez sur une cellule (ou sélectionnez-la et tapez) pour changer un poids</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Normalise (sum 1)</source>
      <translation>Normaliser (somme 1)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Make the weights sum to 1 so the kernel keeps brightness: whole cells stay and get the factor 1/sum</source>
      <translation>Ramène la somme des poids à 1 pour garder la luminosité : les cellules entières restent, avec le facteur 1/somme</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Randomise</source>
      <translation>Au hasard</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Random whole numbers from −3 to 3</source>
      <translation>Entiers au hasard de −3 à 3</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Reset</source>
      <translation>Réinitialiser</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Back to the Sobel x kernel</source>
      <translation>Revenir au noyau Sobel x</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Channel:</source>
      <translation>Canal :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Show and edit this channel's slice of the kernel</source>
      <translation>Afficher et modifier la tranche du noyau de ce canal</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Same kernel for all three channels</source>
      <translation>Même noyau pour les trois canaux</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Edit one kernel that every colour channel uses</source>
      <translation>Modifier un seul noyau que tous les canaux de couleur utilisent</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Groups: 1 = the kernel's three slices are summed into one map (an ordinary filter); 3 = depthwise: each channel is convolved alone and keeps its own map; 2 does not divide 3 channels</source>
      <translation>Groupes : 1 = les trois tranches du noyau s'additionnent en une carte (un filtre ordinaire) ; 3 = en profondeur : chaque canal est convolué seul et garde sa carte ; 2 ne divise pas 3 canaux</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Groups</source>
      <translation>Groupes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Size</source>
      <translation>Taille</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Preset</source>
      <translation>Préréglage</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Kernel: {name}.</source>
      <translation>Noyau : {name}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Your own kernel: double-click a cell to type a weight.</source>
      <translation>Votre noyau : double-cliquez sur une cellule pour saisir un poids.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Every cell is multiplied by {factor} (the sum of products is, all at once)</source>
      <translation>Chaque cellule est multipliée par {factor} (la somme des produits, en une fois)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>sum of cells = {cells} × {factor} = {weights}</source>
      <translation>somme des cellules = {cells} × {factor} = {weights}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>sum of cells = {weights}</source>
      <translation>somme des cellules = {weights}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>one map from all channels</source>
      <translation>une carte pour tous les canaux</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>depthwise: one map per channel</source>
      <translation>en profondeur : une carte par canal</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>must divide 3</source>
      <translation>doit diviser 3</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No map: the settings give no output (see the feature map).</source>
      <translation>Pas de carte : ces réglages ne donnent aucune sortie (voir la carte de caractéristiques).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Input</source>
      <translation>Entrée</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Feature map</source>
      <translation>Carte de caractéristiques</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>click a pixel to pin it</source>
      <translation>cliquez un pixel pour l'épingler</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After activation</source>
      <translation>Après l'activation</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After pooling</source>
      <translation>Après le pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>convolution</source>
      <translation>convolution</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>cross-correlation</source>
      <translation>corrélation croisée</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Feature map: {kh}×{kw} {kind} → {oh}×{ow}</source>
      <translation>Carte de caractéristiques : {kind} {kh}×{kw} → {oh}×{ow}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Depthwise map of {channel}: {kh}×{kw} {kind} → {oh}×{ow}</source>
      <translation>Carte en profondeur {channel} : {kind} {kh}×{kw} → {oh}×{ow}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After {activation}</source>
      <translation>Après {activation}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No activation</source>
      <translation>Sans activation</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After {k}×{k} max pooling → {ph}×{pw}</source>
      <translation>Après max pooling {k}×{k} → {ph}×{pw}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After {k}×{k} average pooling → {ph}×{pw}</source>
      <translation>Après pooling moyen {k}×{k} → {ph}×{pw}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No pooling: the activation map goes on unchanged.</source>
      <translation>Sans pooling : la carte d'activation passe inchangée.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No pooling</source>
      <translation>Sans pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Feature map: no output</source>
      <translation>Carte de caractéristiques : aucune sortie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After activation: no map</source>
      <translation>Après l'activation : pas de carte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After pooling: no map</source>
      <translation>Après le pooling : pas de carte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No map</source>
      <translation>Pas de carte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>Max pooling</source>
      <translation>Max pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>keeps the strongest answer of each window: where a feature is, roughly</source>
      <translation>garde la réponse la plus forte de chaque fenêtre : où se trouve un motif, à peu près</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>Average pooling</source>
      <translation>Pooling moyen</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>averages each window: a smaller, smoother map</source>
      <translation>fait la moyenne de chaque fenêtre : une carte plus petite et plus lisse</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>the activation map goes on unchanged</source>
      <translation>la carte d'activation passe inchangée</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>pooling</source>
      <translation>pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>Max or average pooling, or none</source>
      <translation>Pooling max ou moyen, ou aucun</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>window </source>
      <translation>fenêtre </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>pooling window</source>
      <translation>fenêtre de pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>Rows and columns of the pooling window</source>
      <translation>Lignes et colonnes de la fenêtre de pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>stride </source>
      <translation>pas </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>pooling stride</source>
      <translation>pas du pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>How many cells the pooling window jumps</source>
      <translation>De combien de cellules saute la fenêtre de pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>{k}×{k} windows, stride {stride}: {what}.</source>
      <translation>Fenêtres {k}×{k}, pas {stride} : {what}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>Click a pixel of the convolution map to pin it: its receptive field lights up on the input and its arithmetic appears here.</source>
      <translation>Cliquez un pixel de la carte de convolution pour l'épingler : son champ récepteur s'allume sur l'entrée et son calcul apparaît ici.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>The orange cells on the input are the ones it reads (pink: padding).</source>
      <translation>Les cases orange de l'entrée sont celles qu'il lit (rose : bordure).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>the products of the clicked pixel</source>
      <translation>les produits du pixel cliqué</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>The sum behind the output pixel you clicked, term by term</source>
      <translation>La somme derrière le pixel de sortie cliqué, terme à terme</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>Output pixel ({cell})</source>
      <translation>Pixel de sortie ({cell})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>sum of channels:</source>
      <translation>somme des canaux :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>no activation: {value}</source>
      <translation>sans activation : {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>goes into pooled cell ({cell})</source>
      <translation>va dans la cellule du pooling ({cell})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>then {step}</source>
      <translation>puis {step}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>PyTorch code</source>
      <translation>code PyTorch</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>The same computation written with F.conv2d, to read or copy</source>
      <translation>Le même calcul écrit avec F.conv2d, à lire ou à copier</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>Checking the map against PyTorch…</source>
      <translation>Vérification de la carte avec PyTorch…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>the same {h}×{w} map</source>
      <translation>la même carte {h}×{w}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>the same values on rows {r0}–{r1}, columns {c0}–{c1} of the {h}×{w} map</source>
      <translation>les mêmes valeurs aux lignes {r0}–{r1}, colonnes {c0}–{c1} de la carte {h}×{w}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>PyTorch gives {compared}: largest difference {difference} (float rounding).</source>
      <translation>PyTorch donne {compared} : écart maximal {difference} (arrondi).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>PyTorch differs by up to {difference}: please report this.</source>
      <translation>PyTorch diffère jusqu'à {difference} : merci de le signaler.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>All settings</source>
      <translation>Tous les réglages</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Show the picture and sliding-window settings (presentation mode keeps only the kernel, to give the numbers room)</source>
      <translation>Afficher les réglages de l'image et de la fenêtre glissante (le mode présentation ne garde que le noyau pour laisser de la place aux nombres)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Kernel</source>
      <translation>Noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Sliding the window</source>
      <translation>Faire glisser la fenêtre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>settings</source>
      <translation>réglages</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Input, kernel and sliding settings; scrolls with the arrow keys</source>
      <translation>Réglages de l'entrée, du noyau et du glissement ; défile avec les flèches</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>The pinned pixel's arithmetic</source>
      <translation>Le calcul du pixel épinglé</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>The same in PyTorch</source>
      <translation>La même chose en PyTorch</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Could not compute this frame: {reason}</source>
      <translation>Impossible de calculer cette image : {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>{problem}; computing on the CPU.</source>
      <translation>{problem} ; calcul sur le CPU.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>your drawing</source>
      <translation>votre dessin</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>the camera, {rate:.1f} frames a second</source>
      <translation>la caméra, {rate:.1f} images par seconde</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>colour, 3 channels</source>
      <translation>couleur, 3 canaux</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>grey: its 3 channels are equal</source>
      <translation>gris : ses 3 canaux sont égaux</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>colour shown as grey</source>
      <translation>couleur affichée en gris</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Input: {picture} ({h}×{w}, {note})</source>
      <translation>Entrée : {picture} ({h}×{w}, {note})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Could not load that picture: {problem}</source>
      <translation>Impossible de charger cette image : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Could not draw the maps at this size: {problem}</source>
      <translation>Impossible de dessiner les cartes à cette taille : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>PyTorch check failed: {problem}</source>
      <translation>La vérification PyTorch a échoué : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Could not compute this: {problem}</source>
      <translation>Impossible de calculer ceci : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>PyTorch checks the map once the camera is paused.</source>
      <translation>PyTorch vérifie la carte une fois la caméra en pause.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>No map to compare with PyTorch.</source>
      <translation>Aucune carte à comparer avec PyTorch.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>camera frame {number}</source>
      <translation>image de caméra {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>valid (no padding)</source>
      <translation>valid (sans bordure)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>same (output ⌈n / stride⌉)</source>
      <translation>same (sortie ⌈n / pas⌉)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>cells per side…</source>
      <translation>cellules par côté…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>zeros</source>
      <translation>zéros</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>reflect (mirror)</source>
      <translation>reflect (miroir)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>replicate (edge)</source>
      <translation>replicate (bord)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{what} along the rows (down)</source>
      <translation>{what} le long des lignes (vers le bas)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{what} along the columns (across)</source>
      <translation>{what} le long des colonnes (en travers)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>same both ways</source>
      <translation>identique dans les deux sens</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>One number for rows and columns; untick to set them apart</source>
      <translation>Un seul nombre pour les lignes et les colonnes ; décochez pour les régler séparément</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Rows and columns</source>
      <translation>Lignes et colonnes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Rows (down)</source>
      <translation>Lignes (vers le bas)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Stride: how many cells the window jumps</source>
      <translation>Pas : de combien de cellules la fenêtre saute</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Dilation: the gap between the kernel's taps</source>
      <translation>Dilatation : l'écart entre les points du noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>padding</source>
      <translation>bordure</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>No padding, a number of cells, or padding that keeps the size</source>
      <translation>Pas de bordure, un nombre de cellules, ou une bordure qui garde la taille</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Padding: cells added on each side</source>
      <translation>Bordure : cellules ajoutées de chaque côté</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>What the added border cells contain</source>
      <translation>Ce que contiennent les cellules ajoutées au bord</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>border</source>
      <translation>bord</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>stride</source>
      <translation>pas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>dilation</source>
      <translation>dilatation</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{setting}, rows</source>
      <translation>{setting}, lignes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{setting}, columns</source>
      <translation>{setting}, colonnes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Stride</source>
      <translation>Pas</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Padding</source>
      <translation>Bordure</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Border</source>
      <translation>Bord</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Dilation</source>
      <translation>Dilatation</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Output size {formula}:</source>
      <translation>Taille de sortie {formula} :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>height: (no picture yet)</source>
      <translation>hauteur : (pas encore d'image)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>width:</source>
      <translation>largeur :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Output size {formula}, the kernel spanning f = d·(f − 1) + 1 cells; dilated form {dilated}:</source>
      <translation>Taille de sortie {formula}, le noyau couvre f = d·(f − 1) + 1 cellules ; forme dilatée {dilated} :</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>height: {formula}</source>
      <translation>hauteur : {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>width:  {formula}</source>
      <translation>largeur : {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>No output with these settings</source>
      <translation>Aucune sortie avec ces réglages</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{n_h}×{n_w} picture  →  {h}×{w} map</source>
      <translation>image {n_h}×{n_w}  →  carte {h}×{w}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>digit drawing canvas</source>
      <translation>zone de dessin du chiffre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Stroke width of the pen (MNIST strokes are about 2–3 of its 28 pixels)</source>
      <translation>Épaisseur du trait (les traits MNIST font environ 2–3 de ses 28 pixels)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>pen width</source>
      <translation>épaisseur du stylo</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Remove the last stroke (Ctrl+Z)</source>
      <translation>Retirer le dernier trait (Ctrl+Z)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Wipe the canvas</source>
      <translation>Effacer la zone de dessin</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>class of the test digit</source>
      <translation>classe du chiffre de test</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Which digit “Test digit” picks: without a mouse, pick a test digit instead of drawing</source>
      <translation>Quel chiffre « Chiffre de test » choisit : sans souris, choisissez un chiffre de test au lieu de dessiner</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>any digit</source>
      <translation>tout chiffre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Test digit</source>
      <translation>Chiffre test</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Pick a random digit of this class from the 10,000 MNIST test digits</source>
      <translation>Choisir au hasard un chiffre de cette classe parmi les 10 000 chiffres de test MNIST</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Open photo…</source>
      <translation>Ouvrir photo…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>A photo or scan of a digit on paper works: dark ink is detected and flipped</source>
      <translation>Une photo ou un scan d'un chiffre sur papier convient : l'encre sombre est détectée et inversée</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Camera</source>
      <translation>Caméra</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Hold a digit written on paper up to the camera: every frame goes through the preprocessing and every layer</source>
      <translation>Montrez à la caméra un chiffre écrit sur papier : chaque image passe par le prétraitement et chaque couche</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>conv1 filters (6 × 5×5)</source>
      <translation>filtres de conv1 (6 × 5×5)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>click a filter to edit it</source>
      <translation>cliquez un filtre pour le modifier</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>conv2 filters (16 columns × 6 slices)</source>
      <translation>filtres de conv2 (16 colonnes × 6 tranches)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>a column is one filter, a row one pool1 map · click to edit</source>
      <translation>une colonne est un filtre, une ligne une carte pool1 · cliquez pour modifier</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>conv1 filter {filter}</source>
      <translation>filtre {filter} de conv1</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>conv2 filter {filter}, slice for pool1 map {map}</source>
      <translation>filtre {filter} de conv2, tranche pour la carte pool1 {map}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Pick a filter to edit</source>
      <translation>Choisissez un filtre à modifier</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>slice for pool1 map </source>
      <translation>tranche pour la carte pool1 </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>slice for pool1 map</source>
      <translation>tranche pour la carte pool1</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>conv2 filters have one 5×5 slice per pool1 map: pick which one to edit.</source>
      <translation>Les filtres de conv2 ont une tranche 5×5 par carte pool1 : choisissez laquelle modifier.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Select a cell with the arrow keys and type a number to change a weight</source>
      <translation>Choisissez une cellule avec les flèches et tapez un nombre pour changer un poids</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Zero this filter</source>
      <translation>Mettre ce filtre à zéro</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Set every weight of this filter (all its slices) to 0; its bias stays.</source>
      <translation>Met à 0 tous les poids de ce filtre (toutes ses tranches) ; son biais reste.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Reset filter</source>
      <translation>Réinitialiser le filtre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Give this filter back its trained weights.</source>
      <translation>Rend à ce filtre ses poids entraînés.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Reset all to trained</source>
      <translation>Tout remettre comme entraîné</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Undo every edit: the network as it was trained.</source>
      <translation>Annule toutes les modifications : le réseau tel qu'il a été entraîné.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>A kernel to put into this slice with “Put preset here”</source>
      <translation>Un noyau à placer dans cette tranche avec « Placer le préréglage ici »</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Put preset here</source>
      <translation>Placer le préréglage ici</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Replace this slice by the preset (a 3×3 preset is padded with zeros to 5×5).</source>
      <translation>Remplace cette tranche par le préréglage (un préréglage 3×3 est complété de zéros jusqu'à 5×5).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>filter {filter}</source>
      <translation>filtre {filter}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>edited: differs from the trained weights</source>
      <translation>modifié : diffère des poids entraînés</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>the trained weights (type to change a cell)</source>
      <translation>les poids entraînés (tapez pour changer une cellule)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>Click any map to inspect it</source>
      <translation>Cliquez une carte pour l'examiner</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>hover for values</source>
      <translation>survol : valeurs</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>Every map of the network is computed from the maps before it. Click one (in the layers on the left) to see its input, its filter and the result side by side.</source>
      <translation>Chaque carte du réseau est calculée à partir des cartes précédentes. Cliquez-en une (dans les couches à gauche) pour voir son entrée, son filtre et le résultat côte à côte.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>⋆ slides the filter over the input (cross-correlation, as torch's conv2d)</source>
      <translation>⋆ fait glisser le filtre sur l'entrée (corrélation croisée, comme conv2d de torch)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>a weighted sum of all inputs</source>
      <translation>une somme pondérée de toutes les entrées</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>bias</source>
      <translation>biais</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>conv1 · 6 maps 28×28</source>
      <translation>conv1 · 6 cartes 28×28</translation>
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
      <translation>conv2 · 16 cartes 10×10</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>max pool 2×2 → 5×5</source>
      <translation>max pool 2×2 → 5×5</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>fc1 · 120 units (top row: before ReLU, bottom: after)</source>
      <translation>fc1 · 120 unités (en haut : avant ReLU, en bas : après)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>fc2 · 84 units (top row: before ReLU, bottom: after)</source>
      <translation>fc2 · 84 unités (en haut : avant ReLU, en bas : après)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>before ReLU</source>
      <translation>avant ReLU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>after ReLU</source>
      <translation>après ReLU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>{layer} unit {unit} {when}</source>
      <translation>{layer} unité {unit} {when}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>hover: values · click: inspect</source>
      <translation>survol : valeurs · clic : examiner</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>hover: a unit's value · click: its weights</source>
      <translation>survol : valeur d'une unité · clic : ses poids</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>What does {layer} map {number} look for?</source>
      <translation>Que cherche la carte {number} de {layer} ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>What does {layer} unit {number} look for?</source>
      <translation>Que cherche l'unité {number} de {layer} ?</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>your model's maps</source>
      <translation>les cartes de votre modèle</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>Every layer of your own model; the arrow keys scroll</source>
      <translation>Chaque couche de votre propre modèle ; les flèches font défiler</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>this model</source>
      <translation>ce modèle</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>its layers cannot be shown ({problem}) Its answer and the “Why this digit?” maps still work.</source>
      <translation>ses couches ne peuvent pas être affichées ({problem}) Sa réponse et les cartes « Pourquoi ce chiffre ? » fonctionnent toujours.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>{count} layers found · hover a map for values</source>
      <translation>{count} couches trouvées · survolez une carte pour les valeurs</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>hover: values</source>
      <translation>survol : valeurs</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>hover: a unit's value</source>
      <translation>survol : valeur d'une unité</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>This model has no convolution layer, so there are no filters to show.</source>
      <translation>Ce modèle n'a pas de couche de convolution : il n'y a pas de filtres à montrer.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source> (slices for input channel 1 of {channels})</source>
      <translation> (tranches du canal d'entrée 1 sur {channels})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>{count} filters {height}×{width} × {channels} channel(s)</source>
      <translation>{count} filtres {height}×{width} × {channels} canal(aux)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>a column is one filter · hover: weights</source>
      <translation>une colonne est un filtre · survol : poids</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>Filters</source>
      <translation>Filtres</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>picture</source>
      <translation>image</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>crop</source>
      <translation>recadrage</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>fit 20×20</source>
      <translation>ajuster 20×20</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>centre 28×28</source>
      <translation>centré 28×28</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>MNIST already
cropped, fitted
and centred it  ⟶</source>
      <translation>MNIST l'a déjà
recadré, ajusté
et centré  ⟶</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>how the drawing becomes the network's 28×28 input</source>
      <translation>comment le dessin devient l'entrée 28×28 du réseau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>picture (flipped)</source>
      <translation>image (inversée)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>crop {height}×{width}</source>
      <translation>recadrage {height}×{width}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>Dark ink on a light background was flipped to white on black. </source>
      <translation>L'encre sombre sur fond clair a été inversée en blanc sur noir. </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>The digit's box (orange) is cut out, scaled to fit 20×20 keeping its shape, and placed in 28×28 with its centre of mass on the cross, as MNIST digits were made.</source>
      <translation>Le cadre du chiffre (orange) est découpé, mis à l'échelle pour tenir dans 20×20 en gardant sa forme, puis placé dans 28×28 avec son centre de masse sur la croix, comme les chiffres MNIST.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>28×28 as is</source>
      <translation>28×28 tel quel</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>An MNIST test digit is already cropped, fitted into 20×20 and centred, so it goes in unchanged.</source>
      <translation>Un chiffre de test MNIST est déjà recadré, ajusté à 20×20 et centré : il entre tel quel.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>Draw, open a photo or pick a test digit: its preprocessing appears here.</source>
      <translation>Dessinez, ouvrez une photo ou choisissez un chiffre de test : son prétraitement apparaît ici.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/session.py" />
      <source>The session's filters were edited on other trained weights than the ones loaded now; its edited filters are back, the others are the weights loaded now.</source>
      <translation>Les filtres de la session ont été modifiés sur d'autres poids entraînés que ceux chargés maintenant ; ses filtres modifiés sont revenus, les autres sont les poids chargés maintenant.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Images</source>
      <translation>Images</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>The slide prints &lt;b&gt;61,795&lt;/b&gt;: it counts each fully connected layer's biases as 1. With one bias per neuron (120 + 84 + 10) the true total is &lt;b&gt;62,006&lt;/b&gt;.</source>
      <translation>La diapositive indique &lt;b&gt;61 795&lt;/b&gt; : elle compte les biais de chaque couche entièrement connectée pour 1. Avec un biais par neurone (120 + 84 + 10), le vrai total est &lt;b&gt;62 006&lt;/b&gt;.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>LeNet</source>
      <translation>LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>The trained LeNet could not be loaded</source>
      <translation>Impossible de charger le LeNet entraîné</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Draw a digit</source>
      <translation>Dessinez un chiffre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>What the network gets</source>
      <translation>Ce que reçoit le réseau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>colour range</source>
      <translation>plage de couleurs</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Which maps share colour-bar ends: each map its own, the maps of a layer, or every map of the network (one colour, one value everywhere)</source>
      <translation>Quelles cartes partagent les bornes de la barre de couleurs : chaque carte les siennes, les cartes d'une couche, ou toutes les cartes du réseau (une couleur, une valeur partout)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Every layer, live</source>
      <translation>Chaque couche, en direct</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Learned filters · edit the trained network</source>
      <translation>Filtres appris · modifier le réseau entraîné</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>PyTorch counts {count} parameters in this model.</source>
      <translation>PyTorch compte {count} paramètres dans ce modèle.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>This network (PyTorch)</source>
      <translation>Ce réseau (PyTorch)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>The slide's table</source>
      <translation>Le tableau de la diapositive</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Inspect</source>
      <translation>Examiner</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Edit filters</source>
      <translation>Modifier les filtres</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Parameters</source>
      <translation>Paramètres</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Every layer</source>
      <translation>Chaque couche</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Inspect · edit · parameters</source>
      <translation>Examiner · modifier · paramètres</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Open a photo of a digit</source>
      <translation>Ouvrir la photo d'un chiffre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>draw a digit</source>
      <translation>dessinez un chiffre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Could not open that photo: {problem} The drawing stays.</source>
      <translation>Impossible d'ouvrir cette photo : {problem} Le dessin reste.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>preprocess {ms} ms · forward {forward} ms</source>
      <translation>prétraitement {ms} ms · passe avant {forward} ms</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>camera</source>
      <translation>caméra</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/channel_grids.py" />
      <source>The channels' sums are added into one output cell</source>
      <translation>Les sommes des canaux s'additionnent dans une cellule de sortie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/channel_grids.py" />
      <source>Sum {total}</source>
      <translation>Somme {total}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Transposed convolution</source>
      <translation>Convolution transposée</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>cells (rows × columns)</source>
      <translation>cellules (lignes × colonnes)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>“same”: ⌈n / stride⌉ out</source>
      <translation>« same » : ⌈n / pas⌉ en sortie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>“valid”: none</source>
      <translation>« valid » : aucune</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>The decks' worked examples, or your own numbers</source>
      <translation>Les exemples corrigés des diapositives, ou vos propres nombres</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Your own numbers</source>
      <translation>Vos propres nombres</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Random numbers</source>
      <translation>Nombres au hasard</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Fill the input with new random whole numbers 0–9</source>
      <translation>Remplir l'entrée de nouveaux entiers au hasard de 0 à 9</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Use the picture</source>
      <translation>Utiliser l'image</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Shrink the open picture to the input size (grey levels 0–255)</source>
      <translation>Réduire l'image ouverte à la taille de l'entrée (niveaux de gris 0–255)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>input rows</source>
      <translation>lignes de l'entrée</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>input columns</source>
      <translation>colonnes de l'entrée</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Convolution, max or average pooling, or a transposed convolution</source>
      <translation>Convolution, pooling max ou moyen, ou convolution transposée</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Kernels the course uses</source>
      <translation>Les noyaux du cours</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>(your own kernel)</source>
      <translation>(votre noyau)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Off: cross-correlation, what CNNs compute. On: the kernel is turned 180° first, as in the mathematical convolution.</source>
      <translation>Désactivé : corrélation croisée, ce que calculent les CNN. Activé : le noyau est d'abord tourné de 180°, comme dans la convolution mathématique.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Second kernel on the output</source>
      <translation>Second noyau sur la sortie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Apply a second kernel to the output and click its cells: the input cells one cell of layer 2 depends on light up (two 3×3 kernels see 5×5)</source>
      <translation>Appliquez un second noyau à la sortie et cliquez ses cellules : les cellules d'entrée dont dépend une cellule de la couche 2 s'allument (deux noyaux 3×3 voient 5×5)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>pooling window size</source>
      <translation>taille de la fenêtre de pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>“same” pads so that the output has ⌈n / stride⌉ cells a side: the input's size at stride 1</source>
      <translation>« same » complète pour que la sortie ait ⌈n / pas⌉ cellules par côté : la taille de l'entrée au pas 1</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>padding on every side (rows; columns too while they are equal)</source>
      <translation>bordure de chaque côté (lignes ; colonnes aussi tant qu'elles sont égales)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Rows of padding above and below; the columns follow while both are equal</source>
      <translation>Lignes de bordure en haut et en bas ; les colonnes suivent tant que les deux sont égales</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>padding columns (left and right)</source>
      <translation>colonnes de bordure (gauche et droite)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Columns of padding left and right: set them apart from the rows here</source>
      <translation>Colonnes de bordure à gauche et à droite : réglez-les ici à part des lignes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>output padding</source>
      <translation>bordure de sortie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>output padding: extra cells kept at the bottom and right of a transposed convolution's output (smaller than the stride or the dilation)</source>
      <translation>bordure de sortie : cellules en plus gardées en bas et à droite de la sortie d'une convolution transposée (plus petite que le pas ou la dilatation)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>filter stepped through</source>
      <translation>filtre parcouru</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Added once to the channels' sums: output = red + green + blue + b</source>
      <translation>Ajouté une fois aux sommes des canaux : sortie = rouge + vert + bleu + b</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Operation</source>
      <translation>Opération</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Kernel size</source>
      <translation>Taille du noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Window</source>
      <translation>Fenêtre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Filter</source>
      <translation>Filtre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Bias b</source>
      <translation>Biais b</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Sliding</source>
      <translation>Glissement</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Pad cells</source>
      <translation>Cellules de bordure</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Output padding</source>
      <translation>Bordure de sortie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Shrink “{name}” to the input size (grey levels 0–255)</source>
      <translation>Réduire « {name} » à la taille de l'entrée (niveaux de gris 0–255)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Open a picture first</source>
      <translation>Ouvrez d'abord une image</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>kernel 2 (on the output)</source>
      <translation>noyau 2 (sur la sortie)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>No layer 2</source>
      <translation>Pas de couche 2</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>layer 2, {rows}×{cols} (click a cell)</source>
      <translation>couche 2, {rows}×{cols} (cliquez une cellule)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>same as one {rows}×{cols} kernel</source>
      <translation>comme un seul noyau {rows}×{cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>Layer-2 cell ({cell}) reads {rows}×{cols} cells of the first output, which together read {size} input cells: its receptive field.</source>
      <translation>La cellule de la couche 2 ({cell}) lit {rows}×{cols} cellules de la première sortie, qui lisent ensemble {size} cellules d'entrée : son champ récepteur.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>{speed} step/s</source>
      <translation>{speed} étape/s</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>{speed} steps/s</source>
      <translation>{speed} étapes/s</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>First step (Home)</source>
      <translation>Première étape (Début)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Step back (Left)</source>
      <translation>Étape précédente (Gauche)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Play / pause (Space)</source>
      <translation>Lecture / pause (Espace)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Step forward (Right)</source>
      <translation>Étape suivante (Droite)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Last step (End)</source>
      <translation>Dernière étape (Fin)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Drag to any step</source>
      <translation>Faites glisser vers n'importe quelle étape</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Playback speed (+ / −)</source>
      <translation>Vitesse de lecture (+ / −)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Play</source>
      <translation>Lecture</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>step {step} of {count}</source>
      <translation>étape {step} sur {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>no steps</source>
      <translation>aucune étape</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source> of “{picture}”</source>
      <translation> de « {picture} »</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Input {rows}×{cols}</source>
      <translation>Entrée {rows}×{cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>transposed convolution: every input cell stamps the kernel, scaled, into the output</source>
      <translation>convolution transposée : chaque cellule d'entrée tamponne le noyau, mis à l'échelle, dans la sortie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Kernel {rows}×{cols}</source>
      <translation>Noyau {rows}×{cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>No output</source>
      <translation>Aucune sortie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>, {padding} cut from each side</source>
      <translation>, {padding} retirées de chaque côté</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Output {rows}×{cols}</source>
      <translation>Sortie {rows}×{cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>The stamp: input cell × kernel</source>
      <translation>Le tampon : cellule d'entrée × noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>orange: this stamp</source>
      <translation>orange : ce tampon</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>… and {count} more overlapping cell(s)</source>
      <translation>… et {count} autre(s) cellule(s) qui se chevauchent</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Step {step} of {count} · input {cell} stamps {landed} output cell(s)</source>
      <translation>Étape {step} sur {count} · l'entrée {cell} tamponne {landed} cellule(s) de sortie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>, then × {factor}</source>
      <translation>, puis × {factor}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Multiply the whole kernel by this input cell and add the stamp into the output; where stamps overlap the output holds their sum{then}.</source>
      <translation>Multipliez tout le noyau par cette cellule d'entrée et ajoutez le tampon à la sortie ; là où les tampons se chevauchent, la sortie contient leur somme{then}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>{value} × kernel</source>
      <translation>{value} × noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source> ({cut} of its cells fall in the cut-off padding)</source>
      <translation> ({cut} de ses cellules tombent dans la bordure retirée)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>{stamp}: the whole stamp falls in the cut-off padding</source>
      <translation>{stamp} : tout le tampon tombe dans la bordure retirée</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>{first} to {last}</source>
      <translation>{first} à {last}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>{stamp} → output rows {rows}, columns {cols}</source>
      <translation>{stamp} → lignes de sortie {rows}, colonnes {cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Space plays or pauses, the arrow keys step, Home and End go to the first and last step; each step's arithmetic is read out</source>
      <translation>Espace lance ou met en pause, les flèches avancent pas à pas, Origine et Fin vont à la première et à la dernière étape ; le calcul de chaque étape est lu à voix haute</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>The example, the operation and the sliding settings</source>
      <translation>L'exemple, l'opération et les réglages du glissement</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Settings</source>
      <translation>Réglages</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Show the settings column (presentation mode hides it to give the numbers room)</source>
      <translation>Afficher la colonne des réglages (le mode présentation la masque pour laisser de la place aux nombres)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>the picture</source>
      <translation>l'image</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Steps: “{picture}” is ready; press “Use the picture” to step through it.</source>
      <translation>Étapes : « {picture} » est prête ; appuyez sur « Utiliser l'image » pour la parcourir pas à pas.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Open a picture first (File ▸ Open image…).</source>
      <translation>Ouvrez d'abord une image (Fichier ▸ Ouvrir une image…).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Turned kernel</source>
      <translation>Noyau retourné</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Every product is summed with the whole-number cells, then the sum is multiplied by {factor}.</source>
      <translation>Chaque produit est additionné avec les cellules entières, puis la somme est multipliée par {factor}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source> (turned 180°, as applied)</source>
      <translation> (tourné de 180°, tel qu'appliqué)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>&lt;b&gt;max&lt;/b&gt; of each&lt;br&gt;{size}×{size} window&lt;br&gt;stride {stride}</source>
      <translation>&lt;b&gt;max&lt;/b&gt; de chaque&lt;br&gt;fenêtre {size}×{size}&lt;br&gt;pas {stride}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>&lt;b&gt;average&lt;/b&gt; of each&lt;br&gt;{size}×{size} window&lt;br&gt;stride {stride}</source>
      <translation>&lt;b&gt;moyenne&lt;/b&gt; de chaque&lt;br&gt;fenêtre {size}×{size}&lt;br&gt;pas {stride}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source> of filter {filter} of {count}</source>
      <translation> du filtre {filter} sur {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Products: window × kernel</source>
      <translation>Produits : fenêtre × noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>The window</source>
      <translation>La fenêtre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Kernel, products and output are coloured by what they can be, as everywhere in convviz; every cell shows its number too.</source>
      <translation>Noyau, produits et sortie sont colorés selon ce qu'ils peuvent valoir, comme partout dans convviz ; chaque cellule affiche aussi son nombre.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>each kernel slice multiplies its own channel; the channels' sums and the bias are added into one output cell</source>
      <translation>chaque tranche du noyau multiplie son propre canal ; les sommes des canaux et le biais s'additionnent dans une cellule de sortie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>multiply each covered cell by the kernel weight in its corner, then add the products</source>
      <translation>multipliez chaque cellule couverte par le poids du noyau dans son coin, puis additionnez les produits</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>the largest value wins</source>
      <translation>la plus grande valeur l'emporte</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>add them all, divide by the count</source>
      <translation>additionnez-les toutes, divisez par leur nombre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Step {step} of {count} · output {cell}</source>
      <translation>Étape {step} sur {count} · sortie {cell}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Nothing to show yet.</source>
      <translation>Rien à montrer pour l'instant.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>No steps with these settings</source>
      <translation>Aucune étape avec ces réglages</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Change the kernel size, padding, stride or dilation and the steps come back.</source>
      <translation>Changez la taille du noyau, la bordure, le pas ou la dilatation et les étapes reviennent.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Steps: “{picture}” shrunk to {rows}×{cols} grey levels (0 = black, 255 = white).</source>
      <translation>Étapes : « {picture} » réduite à {rows}×{cols} niveaux de gris (0 = noir, 255 = blanc).</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>The picture could not be shrunk: {problem}</source>
      <translation>Impossible de réduire l'image : {problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/camera_panel.py" />
      <source>Keep the frame on screen as an ordinary picture: pin a pixel, step through it, export it</source>
      <translation>Garder l'image à l'écran comme une image ordinaire : épingler un pixel, la parcourir pas à pas, l'exporter</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/camera_panel.py" />
      <source>Opening {source}…</source>
      <translation>Ouverture de {source}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/camera_panel.py" />
      <source>{shown:.1f} frames a second shown ({captured:.1f} from the camera) · {width}×{height}</source>
      <translation>{shown:.1f} images par seconde affichées ({captured:.1f} de la caméra) · {width}×{height}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>confusion matrix</source>
      <translation>matrice de confusion</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>Rows: the true digit; columns: what the network read. Arrow keys choose a cell and list its test digits</source>
      <translation>Lignes : le vrai chiffre ; colonnes : ce que le réseau a lu. Les flèches choisissent une cellule et listent ses chiffres de test</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>read as →</source>
      <translation>lu comme →</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>true digit →</source>
      <translation>vrai chiffre →</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>{count} test digits that are {true}s read as {predicted}</source>
      <translation>{count} chiffres de test qui sont des {true} lus comme {predicted}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>{count} test digit(s) that are {true}s {what} · click to see them</source>
      <translation>{count} chiffre(s) de test qui sont des {true} {what} · cliquez pour les voir</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/drawing_canvas.py" />
      <source>Draw a digit: left button or pen. Ctrl+Z undoes the last stroke.</source>
      <translation>Dessinez un chiffre : bouton gauche ou stylet. Ctrl+Z annule le dernier trait.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/drawing_canvas.py" />
      <source>draw a digit here</source>
      <translation>dessinez un chiffre ici</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/file_filters.py" />
      <source>All files</source>
      <translation>Tous les fichiers</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/live_camera.py" />
      <source>The camera is off.</source>
      <translation>La caméra est éteinte.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/live_camera.py" />
      <source>Paused: frame {number} is the picture now.</source>
      <translation>En pause : l'image {number} est maintenant l'image de travail.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>map {number} of {count}</source>
      <translation>carte {number} sur {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>filter {number} of {count}</source>
      <translation>filtre {number} sur {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>channel {number} of {count}</source>
      <translation>canal {number} sur {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>slice {number} of {count}</source>
      <translation>tranche {number} sur {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>hover for values · click a map to inspect it</source>
      <translation>survolez pour les valeurs · cliquez une carte pour l'examiner</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>maps</source>
      <translation>cartes</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>Arrow keys choose a map (or a unit) to inspect, as a click does</source>
      <translation>Les flèches choisissent une carte (ou une unité) à examiner, comme un clic</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>this map's colours: {low} to {high}</source>
      <translation>couleurs de cette carte : {low} à {high}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>Arrow keys move between cells; type a number or press Enter to change one</source>
      <translation>Les flèches passent d'une cellule à l'autre ; tapez un nombre ou appuyez sur Entrée pour en changer une</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>Arrow keys move between cells to read them</source>
      <translation>Les flèches passent d'une cellule à l'autre pour les lire</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>The cell keeps {value}.</source>
      <translation>La cellule garde {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>padding ({value})</source>
      <translation>bordure ({value})</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>not revealed yet</source>
      <translation>pas encore révélée</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Layer</source>
      <translation>Couche</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Output</source>
      <translation>Sortie</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Activations</source>
      <translation>Activations</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Weights</source>
      <translation>Poids</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Biases</source>
      <translation>Biais</translation>
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
      <translation>entièrement connectée</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>softmax</source>
      <translation>softmax</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>parameters of each layer</source>
      <translation>paramètres de chaque couche</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Each layer's output shape, weights and biases, one row a layer</source>
      <translation>La forme de sortie, les poids et les biais de chaque couche, une ligne par couche</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Total</source>
      <translation>Total</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>probability of each digit</source>
      <translation>probabilité de chaque chiffre</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>The network reads</source>
      <translation>Le réseau lit</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>{percent} sure</source>
      <translation>sûr à {percent}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>fc3 · 10 logits</source>
      <translation>fc3 · 10 logits</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>softmax · probabilities</source>
      <translation>softmax · probabilités</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>logits</source>
      <translation>logits</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>None (identity)</source>
      <translation>Aucune (identité)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Passes every value through unchanged: the layer stays linear.</source>
      <translation>Laisse passer chaque valeur inchangée : la couche reste linéaire.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Keeps positive responses and zeroes negative ones; cheap and does not saturate for x &gt; 0.</source>
      <translation>Garde les réponses positives et annule les négatives ; peu coûteuse, elle ne sature pas pour x &gt; 0.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Leaky ReLU</source>
      <translation>Leaky ReLU</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Like ReLU but lets a small slope a through for x &lt; 0, so neurons never stop learning entirely.</source>
      <translation>Comme ReLU mais laisse passer une petite pente a pour x &lt; 0 : les neurones n'arrêtent jamais tout à fait d'apprendre.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Sigmoid</source>
      <translation>Sigmoïde</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Squashes any value into (0, 1); saturates for large |x|, so gradients vanish there.</source>
      <translation>Écrase toute valeur dans (0, 1) ; sature pour |x| grand, où les gradients s'évanouissent.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>tanh</source>
      <translation>tanh</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Squashes any value into (−1, 1), centred on zero; saturates like the sigmoid.</source>
      <translation>Écrase toute valeur dans (−1, 1), centrée sur zéro ; sature comme la sigmoïde.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>ELU</source>
      <translation>ELU</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Identity for x &gt; 0 and a smooth curve towards −α below zero, keeping mean activations near zero.</source>
      <translation>Identité pour x &gt; 0 et courbe douce vers −α sous zéro : garde les activations moyennes proches de zéro.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Softmax</source>
      <translation>Softmax</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Turns a vector of scores into probabilities that are positive and sum to 1 (the last layer of a classifier).</source>
      <translation>Transforme un vecteur de scores en probabilités positives de somme 1 (la dernière couche d'un classifieur).</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>unknown activation {name!r}; choose one of {choices}</source>
      <translation>activation inconnue {name!r} ; choisissez parmi {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>the slope and alpha of an activation must be finite numbers</source>
      <translation>la pente et l'alpha d'une activation doivent être des nombres finis</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>maxout needs at least one feature map</source>
      <translation>maxout demande au moins une carte de caractéristiques</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>feature maps</source>
      <translation>cartes de caractéristiques</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the image has {channels} channels but the kernel is a single {kh}×{kw} grid; use a gray image or a ({channels}, kh, kw) kernel</source>
      <translation>l'image a {channels} canaux mais le noyau est une seule grille {kh}×{kw} ; utilisez une image en gris ou un noyau ({channels}, kh, kw)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>channel mismatch: the kernel has {kernel_channels} channel(s) but the image has {channels}; they must be equal</source>
      <translation>canaux incompatibles : le noyau a {kernel_channels} canal(aux) mais l'image en a {channels} ; ils doivent être en même nombre</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the {kh}×{kw} kernel (with dilation {d} it spans {span} cells) is too tall for the {padded}-cell padded input; add padding or use a smaller kernel</source>
      <translation>le noyau {kh}×{kw} (avec la dilatation {d}, il couvre {span} cellules) est trop haut pour l'entrée de {padded} cellules avec bordure ; ajoutez de la bordure ou utilisez un noyau plus petit</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the {kh}×{kw} kernel (with dilation {d} it spans {span} cells) is too wide for the {padded}-cell padded input; add padding or use a smaller kernel</source>
      <translation>le noyau {kh}×{kw} (avec la dilatation {d}, il couvre {span} cellules) est trop large pour l'entrée de {padded} cellules avec bordure ; ajoutez de la bordure ou utilisez un noyau plus petit</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>convolution engine</source>
      <translation>moteur de convolution</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>groups</source>
      <translation>groupes</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>dtype must be a float type such as float32 (got {dtype})</source>
      <translation>dtype doit être un type flottant comme float32 (reçu : {dtype})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>image</source>
      <translation>image</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>groups must be at least 1 (got {groups})</source>
      <translation>le nombre de groupes doit être au moins 1 (reçu : {groups})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>grouped convolution needs a (N, C/groups, kh, kw) bank of filters (got a kernel of shape {shape})</source>
      <translation>une convolution groupée demande un banc de filtres (N, C/groups, kh, kw) (reçu : un noyau de forme {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the image's {channels} channel(s) cannot be split into {groups} equal groups; choose groups that divide {channels}</source>
      <translation>les {channels} canal(aux) de l'image ne peuvent pas être répartis en {groups} groupes égaux ; choisissez un nombre de groupes qui divise {channels}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the {filters} filter(s) cannot be shared out among {groups} groups; the number of filters must be a multiple of groups</source>
      <translation>les {filters} filtre(s) ne peuvent pas être répartis entre {groups} groupes ; le nombre de filtres doit être un multiple du nombre de groupes</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>with {groups} groups each filter sees {per_group} channel(s) ({channels} / {groups}), but the kernel has {kernel_channels}; its shape must be ({filters}, {per_group}, kh, kw)</source>
      <translation>avec {groups} groupes, chaque filtre voit {per_group} canal(aux) ({channels} / {groups}), mais le noyau en a {kernel_channels} ; sa forme doit être ({filters}, {per_group}, kh, kw)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>grouped convolution needs a (C, H, W) picture with several channels</source>
      <translation>une convolution groupée demande une image (C, H, W) à plusieurs canaux</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the OpenCV engine needs the opencv-python-headless package; install it or use engine="numpy"</source>
      <translation>le moteur OpenCV demande le paquet opencv-python-headless ; installez-le ou utilisez engine="numpy"</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>device must be a name such as 'cpu' or 'cuda', not {name!r}</source>
      <translation>l'appareil doit être un nom comme 'cpu' ou 'cuda', pas {name!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>unknown device {name!r}; choose one of {choices} (or 'auto')</source>
      <translation>appareil inconnu {name!r} ; choisissez parmi {choices} (ou 'auto')</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>No usable CUDA GPU was found; computing on the CPU instead.</source>
      <translation>Aucun GPU CUDA utilisable n'a été trouvé ; le calcul se fait sur le CPU.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>No usable Apple GPU (MPS) was found; computing on the CPU instead.</source>
      <translation>Aucun GPU Apple (MPS) utilisable n'a été trouvé ; le calcul se fait sur le CPU.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>There is no GPU number {index} (this machine has {count}); using cuda:0.</source>
      <translation>Il n'y a pas de GPU numéro {index} (cette machine en a {count}) ; utilisation de cuda:0.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>a PostScript document</source>
      <translation>un document PostScript</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>an EPS document (PostScript)</source>
      <translation>un document EPS (PostScript)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>a PDF document</source>
      <translation>un document PDF</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>image mode</source>
      <translation>mode d'image</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>max_side must be a whole number of pixels, at least 1 (got {max_side!r})</source>
      <translation>max_side doit être un nombre entier de pixels, au moins 1 (reçu : {max_side!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} needs more memory than this computer has free; shrink it first</source>
      <translation>{name} demande plus de mémoire que cet ordinateur n'en a de libre ; réduisez-en d'abord la taille</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} could not be read as a picture: it may be damaged or cut short ({error})</source>
      <translation>{name} n'a pas pu être lu comme image : le fichier est peut-être endommagé ou tronqué ({error})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>a picture</source>
      <translation>une image</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is empty (0 bytes), so it holds no picture</source>
      <translation>{name} est vide (0 octet) : il ne contient aucune image</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is {kind}, not a picture convviz reads; convviz never starts another program to read a file. Export it as {formats} first</source>
      <translation>{name} est {kind}, pas une image que convviz lit ; convviz ne lance jamais un autre programme pour lire un fichier. Exportez-le d'abord en {formats}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is not a picture convviz can read; it reads {formats} files</source>
      <translation>{name} n'est pas une image que convviz sait lire ; il lit les fichiers {formats}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is far too large to open safely (more than {limit:,} pixels); shrink it in an image editor first</source>
      <translation>{name} est bien trop grand pour être ouvert sans risque (plus de {limit:,} pixels) ; réduisez-le d'abord dans un éditeur d'images</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} has no pixels ({width}×{height})</source>
      <translation>{name} n'a aucun pixel ({width}×{height})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is {width}×{height} pixels, too large to open safely (the limit is {limit:,} pixels); shrink it in an image editor first</source>
      <translation>{name} fait {width}×{height} pixels, trop pour être ouvert sans risque (la limite est de {limit:,} pixels) ; réduisez-le d'abord dans un éditeur d'images</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>shape must be (height, width), not {shape!r}</source>
      <translation>la forme doit être (hauteur, largeur), pas {shape!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>the downscaled size must be at least 1×1 (got {target_h}×{target_w})</source>
      <translation>la taille réduite doit être d'au moins 1×1 (reçu : {target_h}×{target_w})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>the image must be (H, W) or (C, H, W) and not empty (got shape {shape})</source>
      <translation>l'image doit être (H, W) ou (C, H, W) et non vide (reçu : forme {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>the kernel's factor</source>
      <translation>le facteur du noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must be a number such as 1/9, not {value!r}</source>
      <translation>{what} doit être un nombre comme 1/9, pas {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must be a finite number such as 1/9, not {value!r}</source>
      <translation>{what} doit être un nombre fini comme 1/9, pas {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must be written like 1/9, 2 or 0.5, not {value!r}</source>
      <translation>{what} doit s'écrire comme 1/9, 2 ou 0.5, pas {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must be a number such as 1/9, not {kind}</source>
      <translation>{what} doit être un nombre comme 1/9, pas {kind}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must not be 0 (every weight is multiplied by it)</source>
      <translation>{what} ne doit pas valoir 0 (chaque poids est multiplié par ce facteur)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} is {factor}; write a simpler factor such as 1/9 or 1/256</source>
      <translation>{what} vaut {factor} ; écrivez un facteur plus simple comme 1/9 ou 1/256</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Identity</source>
      <translation>Identité</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Copies each pixel unchanged: the neutral kernel to compare every other one with.</source>
      <translation>Recopie chaque pixel inchangé : le noyau neutre auquel comparer tous les autres.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Edge detection (diagonal)</source>
      <translation>Détection de contours (diagonale)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Compares opposite corners, so it answers where brightness changes along the diagonals.</source>
      <translation>Compare les coins opposés : répond là où la luminosité change le long des diagonales.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Edge detection (4-neighbour)</source>
      <translation>Détection de contours (4 voisins)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Centre against its four neighbours: zero on flat areas, large where intensity bends (edges).</source>
      <translation>Le centre contre ses quatre voisins : zéro sur les zones plates, fort là où l'intensité s'infléchit (contours).</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Edge detection (8-neighbour)</source>
      <translation>Détection de contours (8 voisins)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Centre against all eight neighbours: highlights edges in every direction, flat areas go to 0.</source>
      <translation>Le centre contre ses huit voisins : fait ressortir les contours dans toutes les directions, les zones plates passent à 0.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Sharpen</source>
      <translation>Netteté</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>The image plus its 4-neighbour edges: boosts local contrast while keeping overall brightness.</source>
      <translation>L'image plus ses contours à 4 voisins : renforce le contraste local en gardant la luminosité d'ensemble.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Edge enhance</source>
      <translation>Renforcer les contours</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>The picture plus half its 8-neighbour edges (Pillow's EDGE_ENHANCE): weights add up to 1, edges gain contrast.</source>
      <translation>L'image plus la moitié de ses contours à 8 voisins (EDGE_ENHANCE de Pillow) : les poids font 1, les contours gagnent en contraste.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Box blur</source>
      <translation>Flou moyen</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Replaces each pixel by the mean of its 3×3 neighbourhood: smooths noise and detail equally.</source>
      <translation>Remplace chaque pixel par la moyenne de son voisinage 3×3 : lisse autant le bruit que les détails.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Gaussian blur 3×3</source>
      <translation>Flou gaussien 3×3</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>A weighted mean that trusts the centre most: a softer, more natural blur than the box.</source>
      <translation>Une moyenne pondérée qui privilégie le centre : un flou plus doux et plus naturel que le flou moyen.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Gaussian blur 5×5</source>
      <translation>Flou gaussien 5×5</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>A wider Gaussian (binomial weights 1-4-6-4-1): stronger smoothing without the box's blocky artefacts.</source>
      <translation>Une gaussienne plus large (poids binomiaux 1-4-6-4-1) : lissage plus fort sans les blocs du flou moyen.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Unsharp mask 5×5</source>
      <translation>Masque flou 5×5</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Twice the image minus its Gaussian blur: sharpens by adding back the detail the blur removed.</source>
      <translation>Deux fois l'image moins son flou gaussien : accentue en rajoutant les détails que le flou a retirés.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Emboss</source>
      <translation>Estampage</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Subtracts the upper-left from the lower-right: edges look raised, lit from one side.</source>
      <translation>Soustrait le haut à gauche du bas à droite : les contours semblent en relief, éclairés d'un côté.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Outline</source>
      <translation>Contour</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Keeps only where a pixel differs from all its neighbours: draws the outlines of shapes.</source>
      <translation>Ne garde que là où un pixel diffère de tous ses voisins : dessine le contour des formes.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Sobel x</source>
      <translation>Sobel x</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Horizontal gradient with the centre row weighted double: finds vertical edges, robust to noise.</source>
      <translation>Gradient horizontal, ligne centrale pondérée double : trouve les contours verticaux, robuste au bruit.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Sobel y</source>
      <translation>Sobel y</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Vertical gradient with the centre column weighted double: finds horizontal edges.</source>
      <translation>Gradient vertical, colonne centrale pondérée double : trouve les contours horizontaux.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Prewitt x</source>
      <translation>Prewitt x</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Right minus left, every row weighted equally: a plain detector of vertical edges.</source>
      <translation>Droite moins gauche, chaque ligne de même poids : un simple détecteur de contours verticaux.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Prewitt y</source>
      <translation>Prewitt y</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Bottom minus top, every column weighted equally: a plain detector of horizontal edges.</source>
      <translation>Bas moins haut, chaque colonne de même poids : un simple détecteur de contours horizontaux.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Scharr x</source>
      <translation>Scharr x</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Like Sobel x with weights tuned so edges of every orientation get a more accurate strength.</source>
      <translation>Comme Sobel x, avec des poids réglés pour que les contours de toute orientation aient une force plus juste.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Scharr y</source>
      <translation>Scharr y</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Like Sobel y with weights tuned so edges of every orientation get a more accurate strength.</source>
      <translation>Comme Sobel y, avec des poids réglés pour que les contours de toute orientation aient une force plus juste.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Laplacian</source>
      <translation>Laplacien</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>The second derivative: zero on flat areas and steady ramps, strong on both sides of an edge.</source>
      <translation>La dérivée seconde : nulle sur les zones plates et les rampes régulières, forte des deux côtés d'un contour.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Horizontal lines</source>
      <translation>Lignes horizontales</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Rewards a bright middle row against dark rows above and below: responds to thin horizontal lines.</source>
      <translation>Favorise une ligne centrale claire entre des lignes sombres : répond aux fines lignes horizontales.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Vertical lines</source>
      <translation>Lignes verticales</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Rewards a bright middle column against dark sides: responds to thin vertical lines.</source>
      <translation>Favorise une colonne centrale claire entre des côtés sombres : répond aux fines lignes verticales.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>45° lines</source>
      <translation>Lignes à 45°</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Rewards a bright rising diagonal (/) against its surroundings: responds to 45° lines.</source>
      <translation>Favorise une diagonale montante claire (/) sur son entourage : répond aux lignes à 45°.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>135° lines</source>
      <translation>Lignes à 135°</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Rewards a bright falling diagonal (\) against its surroundings: responds to 135° lines.</source>
      <translation>Favorise une diagonale descendante claire (\) sur son entourage : répond aux lignes à 135°.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Vertical edge (decks)</source>
      <translation>Contour vertical (cours)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Left column minus right column: positive where bright turns to dark going right (a vertical edge).</source>
      <translation>Colonne gauche moins colonne droite : positif là où le clair devient sombre vers la droite (un contour vertical).</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Horizontal edge (decks)</source>
      <translation>Contour horizontal (cours)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Top row minus bottom row: positive where bright turns to dark going down (a horizontal edge).</source>
      <translation>Ligne du haut moins ligne du bas : positif là où le clair devient sombre vers le bas (un contour horizontal).</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Vertical edge [−1 0 1] (6×6 example)</source>
      <translation>Contour vertical [−1 0 1] (exemple 6×6)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Right column minus left column, as in the 6×6 worked example: positive where it gets brighter going right.</source>
      <translation>Colonne droite moins colonne gauche, comme dans l'exemple 6×6 : positif là où l'image s'éclaircit vers la droite.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>X pattern: diagonal \ (9×9 example)</source>
      <translation>Motif X : diagonale \ (exemple 9×9)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>+1 on the falling diagonal, −1 elsewhere: scores 9 (1.00 after ÷9) where the X has a \ stroke.</source>
      <translation>+1 sur la diagonale descendante, −1 ailleurs : donne 9 (1,00 après ÷9) là où le X a un trait \.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>X pattern: diagonal / (9×9 example)</source>
      <translation>Motif X : diagonale / (exemple 9×9)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>+1 on the rising diagonal, −1 elsewhere: finds the / strokes of the X in the 9×9 example.</source>
      <translation>+1 sur la diagonale montante, −1 ailleurs : trouve les traits / du X de l'exemple 9×9.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>X pattern: crossing (9×9 example)</source>
      <translation>Motif X : croisement (exemple 9×9)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>+1 on both diagonals: peaks where the two strokes of the X cross.</source>
      <translation>+1 sur les deux diagonales : culmine là où les deux traits du X se croisent.</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>unknown kernel preset {name!r}; choose one of {choices}</source>
      <translation>préréglage de noyau inconnu {name!r} ; choisissez parmi {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/padding.py" />
      <source>reflect padding must be smaller than the image side: {cells} cell(s) cannot mirror a {height}×{width} image; use less padding or zeros/replicate</source>
      <translation>la bordure reflect doit être plus petite que le côté de l'image : {cells} cellule(s) ne peuvent pas refléter une image {height}×{width} ; utilisez moins de bordure ou zeros/replicate</translation>
    </message>
    <message>
      <location filename="../../convviz/core/padding.py" />
      <source>padding must be 0 or more on every side</source>
      <translation>la bordure doit valoir 0 ou plus de chaque côté</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>feature map</source>
      <translation>carte de caractéristiques</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pooling mode</source>
      <translation>mode de pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool size</source>
      <translation>taille du pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool stride</source>
      <translation>pas du pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool padding must be a number of cells (0 or more), not {padding!r}</source>
      <translation>la bordure du pooling doit être un nombre de cellules (0 ou plus), pas {padding!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool padding</source>
      <translation>bordure du pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool padding must be at most half the pool size: {k}-cell windows allow 0 to {most} cell(s) of padding (got {pad})</source>
      <translation>la bordure du pooling doit valoir au plus la moitié de la taille du pooling : des fenêtres de {k} cellules permettent de 0 à {most} cellule(s) de bordure (reçu : {pad})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>the {rows}×{cols} pool window is bigger than the {height}×{width} (padded) feature map; use a window of at most {most} cells</source>
      <translation>la fenêtre de pooling {rows}×{cols} est plus grande que la carte de caractéristiques (avec bordure) {height}×{width} ; utilisez une fenêtre d'au plus {most} cellules</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>no output (the kernel is larger than the padded input)</source>
      <translation>aucune sortie (le noyau est plus grand que l'entrée avec bordure)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>input size</source>
      <translation>taille d'entrée</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>kernel size</source>
      <translation>taille du noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>input size must be at least 1 (got {n})</source>
      <translation>la taille d'entrée doit valoir au moins 1 (reçu : {n})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>kernel size must be at least 1 (got {f})</source>
      <translation>la taille du noyau doit valoir au moins 1 (reçu : {f})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>stride must be at least 1 (got {s})</source>
      <translation>le pas doit valoir au moins 1 (reçu : {s})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>dilation must be at least 1 (got {d})</source>
      <translation>la dilatation doit valoir au moins 1 (reçu : {d})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>output_size works on one axis: give padding as one number</source>
      <translation>output_size travaille sur un seul axe : donnez la bordure sous forme d'un seul nombre</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>the {f}×{f} kernel (with dilation {d} it spans {span} cells) is larger than the {padded}-cell padded input; add padding or use a smaller kernel</source>
      <translation>le noyau {f}×{f} (avec une dilatation {d}, il couvre {span} cellules) est plus grand que l'entrée avec bordure de {padded} cellules ; ajoutez de la bordure ou prenez un noyau plus petit</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>, with f = {formula}</source>
      <translation>, avec f = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>0 or more</source>
      <translation>0 ou plus</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>at least {minimum}</source>
      <translation>au moins {minimum}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>{name} must be {rule} (got {number})</source>
      <translation>« {name} » doit valoir {rule} (reçu : {number})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>output padding ({op}) must be smaller than the stride ({s}) or the dilation ({d}); it only chooses between output sizes that the same stride could give</source>
      <translation>la bordure de sortie ({op}) doit être plus petite que le pas ({s}) ou la dilatation ({d}) ; elle ne fait que choisir entre des tailles de sortie que le même pas pourrait donner</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>the padding ({p}) cuts away the whole output ({before} cells before cutting); use less padding</source>
      <translation>la bordure ({p}) retire toute la sortie ({before} cellules avant la découpe) ; utilisez moins de bordure</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>{formula} = {size}: no output (the padding cuts away every cell)</source>
      <translation>{formula} = {size} : aucune sortie (la bordure retire toutes les cellules)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/steps.py" />
      <source>step index must be an integer, not {kind}</source>
      <translation>l'indice d'étape doit être un entier, pas {kind}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/steps.py" />
      <source>step {index} is out of range; there are {n} steps (0 to {last})</source>
      <translation>l'étape {index} est hors limites ; il y a {n} étapes (de 0 à {last})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/steps.py" />
      <source>output cell ({out_row}, {out_col}) is outside the {ho}×{wo} output</source>
      <translation>la cellule de sortie ({out_row}, {out_col}) est en dehors de la sortie {ho}×{wo}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/steps.py" />
      <source>steps follow one filter at a time; the kernel has {filters} filters, pass kernel[n]</source>
      <translation>les étapes suivent un filtre à la fois ; le noyau a {filters} filtres, passez kernel[n]</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>a transposed convolution's kernel is a (kh, kw) grid or a (C_in, C_out, kh, kw) bank (got shape {shape}); for one output channel use shape (C_in, 1, kh, kw)</source>
      <translation>le noyau d'une convolution transposée est une grille (kh, kw) ou un banc (C_in, C_out, kh, kw) (reçu : forme {shape}) ; pour un seul canal de sortie, utilisez la forme (C_in, 1, kh, kw)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>the image has {channels} channels but the kernel is a single grid; use a gray image or a ({channels}, C_out, kh, kw) kernel</source>
      <translation>l'image a {channels} canaux mais le noyau est une seule grille ; utilisez une image en gris ou un noyau ({channels}, C_out, kh, kw)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>channel mismatch: the kernel is made for {kernel_channels} input channel(s) but the image has {channels}; a transposed kernel's first axis counts the input channels</source>
      <translation>canaux incompatibles : le noyau est fait pour {kernel_channels} canal(aux) d'entrée mais l'image en a {channels} ; le premier axe d'un noyau transposé compte les canaux d'entrée</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>the padding ({p}) cuts away the whole output: before cutting it is {before} cells tall; use less padding</source>
      <translation>la bordure ({p}) retire toute la sortie : avant la découpe, celle-ci fait {before} cellules de haut ; utilisez moins de bordure</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>the padding ({p}) cuts away the whole output: before cutting it is {before} cells wide; use less padding</source>
      <translation>la bordure ({p}) retire toute la sortie : avant la découpe, celle-ci fait {before} cellules de large ; utilisez moins de bordure</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>output channel</source>
      <translation>canal de sortie</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>a transposed convolution's padding is a number of cells cut from each side (got {padding!r}); "same" and "valid" belong to ordinary convolution</source>
      <translation>la bordure d'une convolution transposée est un nombre de cellules retirées de chaque côté (reçu : {padding!r}) ; "same" et "valid" appartiennent à la convolution ordinaire</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>{value} × kernel → output rows {rows}, columns {cols}</source>
      <translation>{value} × noyau → lignes de sortie {rows}, colonnes {cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>kernel</source>
      <translation>noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>the stamp steps follow one channel: give an (H, W) picture and a (kh, kw) kernel (got shapes {shape} and {kernel_shape})</source>
      <translation>les étapes de tampon suivent un seul canal : donnez une image (H, W) et un noyau (kh, kw) (reçu : formes {shape} et {kernel_shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>input cell ({in_row}, {in_col}) is outside the {h}×{w} input</source>
      <translation>la cellule d'entrée ({in_row}, {in_col}) est en dehors de l'entrée {h}×{w}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>{bias} (bias)</source>
      <translation>{bias} (biais)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>no stamp reaches this cell</source>
      <translation>aucun tampon n'atteint cette cellule</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>{name} must be a whole number, not {value!r}</source>
      <translation>« {name} » doit être un entier, pas {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>{name} must be one number or a (vertical, horizontal) pair, not {value!r}</source>
      <translation>« {name} » doit être un seul nombre ou une paire (vertical, horizontal), pas {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>{name} must be 0 or more (got {number}); it cannot be negative</source>
      <translation>« {name} » doit valoir 0 ou plus (reçu : {number}) ; une valeur négative est impossible</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>{name} must be at least {minimum} (got {number})</source>
      <translation>« {name} » doit valoir au moins {minimum} (reçu : {number})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>padding mode must be one of {choices} (got {mode!r})</source>
      <translation>le mode de bordure doit être l'un de {choices} (reçu : {mode!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>padding must be a number of cells (0 or more), "valid" or "same" (got {padding!r})</source>
      <translation>la bordure doit être un nombre de cellules (0 ou plus), "valid" ou "same" (reçu : {padding!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the {what} must be a rectangular grid of numbers</source>
      <translation>« {what} » doit être une grille rectangulaire de nombres</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the {what} must contain only numbers, but it holds text or other values</source>
      <translation>« {what} » ne doit contenir que des nombres, mais contient du texte ou d'autres valeurs</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>filter</source>
      <translation>filtre</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>bias needs one value per {unit} ({count}), got {size}</source>
      <translation>le biais demande une valeur par {unit} ({count}), reçu : {size}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the bias must be a finite number</source>
      <translation>le biais doit être un nombre fini</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the kernel must be a (kh, kw) grid, a (C, kh, kw) stack or a (N, C, kh, kw) bank of filters (got {ndim} dimension(s))</source>
      <translation>le noyau doit être une grille (kh, kw), une pile (C, kh, kw) ou un banc de filtres (N, C, kh, kw) (reçu : {ndim} dimension(s))</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the kernel is empty (shape {shape}); it needs at least one weight</source>
      <translation>le noyau est vide (forme {shape}) ; il lui faut au moins un poids</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the kernel contains NaN or infinity; every weight must be a finite number</source>
      <translation>le noyau contient NaN ou l'infini ; chaque poids doit être un nombre fini</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the {what} must be (H, W) or (C, H, W) (got shape {shape})</source>
      <translation>« {what} » doit être de forme (H, W) ou (C, H, W) (reçu : forme {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the {what} is empty (shape {shape})</source>
      <translation>« {what} » est vide (forme {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>unknown {name} {value!r}; choose one of {choices}</source>
      <translation>valeur inconnue pour « {name} » : {value!r} ; choisissez parmi {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>{count} frames of {width}×{height} pixels need too much memory; choose a smaller cell size or fewer steps</source>
      <translation>{count} images de {width}×{height} pixels demandent trop de mémoire ; choisissez une taille de cellule plus petite ou moins d'étapes</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>unknown animation format {fmt!r}; choose "gif" or "apng"</source>
      <translation>format d'animation inconnu {fmt!r} ; choisissez "gif" ou "apng"</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>fps must be a number from 0.1 to 50 (got {fps!r})</source>
      <translation>fps doit être un nombre de 0,1 à 50 (reçu : {fps!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>hold_last_s must be 0 to 60 seconds (got {hold_last_s!r})</source>
      <translation>hold_last_s doit valoir de 0 à 60 secondes (reçu : {hold_last_s!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>{count} steps is too many for an animation (at most {MAX_FRAMES}); use a smaller matrix, a larger stride or a smaller picture</source>
      <translation>{count} étapes, c'est trop pour une animation (au plus {MAX_FRAMES}) ; utilisez une matrice plus petite, un pas plus grand ou une image plus petite</translation>
    </message>
    <message>
      <location filename="../../convviz/export/files.py" />
      <source>the {what} must contain only numbers</source>
      <translation>« {what} » ne doit contenir que des nombres</translation>
    </message>
    <message>
      <location filename="../../convviz/export/files.py" />
      <source>cannot save {name}: the folder {folder} does not exist</source>
      <translation>impossible d'enregistrer {name} : le dossier {folder} n'existe pas</translation>
    </message>
    <message>
      <location filename="../../convviz/export/files.py" />
      <source>cannot save into {folder}: {reason}</source>
      <translation>impossible d'enregistrer dans {folder} : {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/files.py" />
      <source>cannot save {target}: {reason}</source>
      <translation>impossible d'enregistrer {target} : {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>a map must be one non-empty 2-D grid (got shape {shape})</source>
      <translation>une carte doit être une seule grille 2-D non vide (reçu : forme {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>unknown colour map {colormap!r}; use "auto" or one of {choices}</source>
      <translation>palette de couleurs inconnue {colormap!r} ; utilisez "auto" ou l'une de {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>levels must be two finite numbers with low &lt; high (got {levels!r})</source>
      <translation>levels doit contenir deux nombres finis avec low &lt; high (reçu : {levels!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>scale must be a whole number of pixels per cell, at least 1 (got {scale!r})</source>
      <translation>l'échelle doit être un nombre entier de pixels par cellule, au moins 1 (reçu : {scale!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>a {cols}×{rows} map at scale {scale} would be {width}×{height} pixels; choose a scale that keeps both sides at most {most}</source>
      <translation>une carte {cols}×{rows} à l'échelle {scale} ferait {width}×{height} pixels ; choisissez une échelle qui garde les deux côtés à {most} au plus</translation>
    </message>
    <message>
      <location filename="../../convviz/export/matrix_csv.py" />
      <source>matrix</source>
      <translation>matrice</translation>
    </message>
    <message>
      <location filename="../../convviz/export/matrix_csv.py" />
      <source>CSV export takes a non-empty 1-D, 2-D or 3-D array (got shape {shape})</source>
      <translation>l'export CSV prend un tableau 1-D, 2-D ou 3-D non vide (reçu : forme {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/matrix_csv.py" />
      <source>channel_names needs a 3-D array and one name per channel</source>
      <translation>channel_names demande un tableau 3-D et un nom par canal</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>the picture is either embedded or read from its file, not {picture!r}</source>
      <translation>l'image est soit intégrée, soit lue depuis son fichier, pas {picture!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>only the Convolution view's picture can be read from its file</source>
      <translation>seule l'image de la vue Convolution peut être lue depuis son fichier</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>there is no Python export for a {kind}</source>
      <translation>il n'y a pas d'export Python pour {kind}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>{value} is not a finite number, so it cannot be written as code</source>
      <translation>{value} n'est pas un nombre fini et ne peut donc pas être écrit en code</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>this picture did not come from a file, so it can only be embedded</source>
      <translation>cette image ne vient pas d'un fichier, elle ne peut donc qu'être intégrée</translation>
    </message>
    <message>
      <location filename="../../convviz/export/scene.py" />
      <source>LeNet reads a 28×28 digit, not one of shape {shape}.</source>
      <translation>LeNet lit un chiffre 28×28, pas un chiffre de forme {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>export_steps_animation needs the steps of convviz.core.conv_steps or pool_steps</source>
      <translation>export_steps_animation demande les étapes de convviz.core.conv_steps ou pool_steps</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>cell_px must be a whole number from 16 to 200 (got {cell_px!r})</source>
      <translation>cell_px doit être un entier de 16 à 200 (reçu : {cell_px!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>there are no steps to animate</source>
      <translation>il n'y a pas d'étapes à animer</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>unknown colour scale {scale!r}; use one of {choices}</source>
      <translation>échelle de couleurs inconnue {scale!r} ; utilisez l'une de {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>the padded input is {height}×{width} cells; an animation shows every number, so use a matrix of at most {most}×{most} (downscale the picture first)</source>
      <translation>l'entrée avec bordure fait {height}×{width} cellules ; une animation montre chaque nombre, utilisez donc une matrice d'au plus {most}×{most} (réduisez d'abord l'image)</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>channel {number}</source>
      <translation>canal {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>input (padded)</source>
      <translation>entrée (avec bordure)</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>output</source>
      <translation>sortie</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>output {number}</source>
      <translation>sortie {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>step {i} is out of range; there are {count} steps</source>
      <translation>l'étape {i} est hors limites ; il y a {count} étapes</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>Step {step} of {count}: output row {row}, column {column}</source>
      <translation>Étape {step} sur {count} : sortie ligne {row}, colonne {column}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>a transposed-convolution lesson takes one (H, W) input and one (kh, kw) kernel</source>
      <translation>une leçon de convolution transposée prend une entrée (H, W) et un noyau (kh, kw)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>no input</source>
      <translation>aucune</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.input_shape is {expected} but the input is {actual}</source>
      <translation>expected.input_shape vaut {expected}, mais entrée trouvée : {actual}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.output is given but the lesson computes nothing (no kernel, pooling or activation)</source>
      <translation>expected.output est donné mais la leçon ne calcule rien (ni noyau, ni pooling, ni activation)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.output_size is {expected} but convviz computes {computed}</source>
      <translation>expected.output_size vaut {expected} mais convviz calcule {computed}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.output is {expected} but convviz computes {computed}</source>
      <translation>expected.output vaut {expected} mais convviz calcule {computed}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.output{where} is {expected:g} but convviz computes {computed:g}</source>
      <translation>expected.output{where} vaut {expected:g} mais convviz calcule {computed:g}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>tables[{index}].total is {given:,} but the layers add up to {total:,}</source>
      <translation>tables[{index}].total vaut {given:,} mais les couches font au total {total:,}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>In lesson file {source}, the field "{where}" {problem}.</source>
      <translation>Dans le fichier de leçon {source}, le champ "{where}" {problem}.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>In lesson file {source}, the top level {problem}.</source>
      <translation>Dans le fichier de leçon {source}, le niveau supérieur {problem}.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be an object {{...}}, not {found}</source>
      <translation>doit être un objet {{...}}, pas {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has an unknown key {unknown!r} (allowed keys: {choices}); check its spelling</source>
      <translation>contient une clé inconnue {unknown!r} (clés permises : {choices}) ; vérifiez son orthographe</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; every lesson needs it</source>
      <translation>manque ; chaque leçon en a besoin</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty text, not {found}</source>
      <translation>doit être un texte non vide, pas {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {count} characters long; keep it under {max_length}</source>
      <translation>fait {count} caractères ; restez sous {max_length}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a whole number, not {found}</source>
      <translation>doit être un entier, pas {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be at least {minimum} (got {found})</source>
      <translation>doit valoir au moins {minimum} (reçu : {found})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be at most {maximum:,}, the most the view shows (got {found})</source>
      <translation>doit valoir au plus {maximum:,}, le maximum que la vue affiche (reçu : {found})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a number, not {found}</source>
      <translation>doit être un nombre, pas {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a finite number, not {value}</source>
      <translation>doit être un nombre fini, pas {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be from {allowed}, as the view allows (got {value:g})</source>
      <translation>doit valoir de {allowed}, comme la vue le permet (reçu : {value:g})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be true or false, not {found}</source>
      <translation>doit être true ou false, pas {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be one of {choices}, not {found}</source>
      <translation>doit être l'un de {choices}, pas {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be one whole number or a [vertical, horizontal] pair, not {found}</source>
      <translation>doit être un seul entier ou une paire [vertical, horizontal], pas {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of rows, like [[1, 2], [3, 4]], not {found}</source>
      <translation>doit être une liste non vide de lignes, comme [[1, 2], [3, 4]], pas {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has {cells:,} cells; inline matrices hold at most {most}</source>
      <translation>a {cells:,} cellules ; une matrice écrite dans le fichier en contient au plus {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>row {row} must be a non-empty list of numbers, not {found}</source>
      <translation>la ligne {row} doit être une liste non vide de nombres, pas {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is ragged: row {row} has {count} numbers but row 1 has {first_count}; every row needs the same length</source>
      <translation>est irrégulier : la ligne {row} a {count} nombres mais la ligne 1 en a {first_count} ; chaque ligne doit avoir la même longueur</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of grids (one per channel), not {found}</source>
      <translation>doit être une liste non vide de grilles (une par canal), pas {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must hold exactly {count} grids (red, green, blue), not {found}</source>
      <translation>doit contenir exactement {count} grilles (rouge, vert, bleu), pas {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has channels of different sizes: channel {number} is {size} but channel 1 is {first_size}</source>
      <translation>a des canaux de tailles différentes : le canal {number} fait {size} mais le canal 1 fait {first_size}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>the text {text!r}</source>
      <translation>le texte {text!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>the number {number}</source>
      <translation>le nombre {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>a list of {count} item(s)</source>
      <translation>une liste de {count} élément(s)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>an object</source>
      <translation>un objet</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>needs exactly one of "matrix", "rgb", "channels" or "sample" (found {found})</source>
      <translation>demande exactement un élément parmi "matrix", "rgb", "channels" ou "sample" (trouvé : {found})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>needs exactly one of "matrix", "rgb", "channels" or "sample"</source>
      <translation>demande exactement un élément parmi "matrix", "rgb", "channels" ou "sample"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a [low, high] pair of numbers</source>
      <translation>doit être une paire [bas, haut] de nombres</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must have low &lt; high (got {low} and {high})</source>
      <translation>doit avoir bas &lt; haut (reçu : {low} et {high})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to a "sample" input</source>
      <translation>ne s'applique qu'à une entrée "sample"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a file name from resources/samples, not a path ({name!r})</source>
      <translation>doit être un nom de fichier de resources/samples, pas un chemin ({name!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>names {name!r}, which is not a shipped sample; choose one of {choices}</source>
      <translation>désigne {name!r}, qui n'est pas un exemple fourni ; choisissez parmi {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>needs exactly one of "matrix", "channels" or "preset" (found {found})</source>
      <translation>demande exactement un élément parmi "matrix", "channels" ou "preset" (trouvé : {found})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>needs exactly one of "matrix", "channels" or "preset"</source>
      <translation>demande exactement un élément parmi "matrix", "channels" ou "preset"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must not be 0 (the weights are divided by it)</source>
      <translation>ne doit pas valoir 0 (les poids sont divisés par ce nombre)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>gives both "scale" and "divisor"; write the factor once, e.g. "scale": "1/9"</source>
      <translation>donne à la fois "scale" et "divisor" ; écrivez le facteur une seule fois, p. ex. "scale": "1/9"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a factor such as "1/9" or 0.5</source>
      <translation>doit être un facteur comme "1/9" ou 0.5</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>names an unknown preset {name!r}; choose one of {choices}</source>
      <translation>désigne un préréglage inconnu {name!r} ; choisissez parmi {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {rows}×{cols}; a kernel has {allowed} cells a side, as the kernel editor</source>
      <translation>fait {rows}×{cols} ; un noyau a {allowed} cellules de côté, comme dans l'éditeur de noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to a convolution, but settings.mode is {mode!r}</source>
      <translation>ne s'applique qu'à une convolution, mais settings.mode vaut {mode!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to pooling (settings.mode "max" or "avg")</source>
      <translation>ne s'applique qu'au pooling (settings.mode "max" ou "avg")</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>does not apply to a transposed convolution (a stamp is never turned)</source>
      <translation>ne s'applique pas à une convolution transposée (un tampon n'est jamais retourné)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>of a transposed convolution is a number of cells cut from each side</source>
      <translation>d'une convolution transposée est un nombre de cellules retirées de chaque côté</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to a transposed convolution (settings.mode "transposed")</source>
      <translation>ne s'applique qu'à une convolution transposée (settings.mode "transposed")</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to the {owner!r} activation</source>
      <translation>ne s'applique qu'à l'activation {owner!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a [height, width] pair</source>
      <translation>doit être une paire [hauteur, largeur]</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>says {size} but expected.output is {expected}</source>
      <translation>indique {size} mais expected.output vaut {expected}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a list of whole numbers, like [3, 6, 6]</source>
      <translation>doit être une liste d'entiers, comme [3, 6, 6]</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; a {kind!r} layer needs it</source>
      <translation>manque ; une couche {kind!r} en a besoin</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>does not apply to a {kind!r} layer</source>
      <translation>ne s'applique pas à une couche {kind!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>does not go with "network": the named network brings its own</source>
      <translation>ne va pas avec "network" : le réseau nommé apporte le sien</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>names an unknown network {name!r}; choose one of {choices}</source>
      <translation>désigne un réseau inconnu {name!r} ; choisissez parmi {choices}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; a table needs "input_shape" and "layers" (or a "network" name)</source>
      <translation>manque ; un tableau demande "input_shape" et "layers" (ou un nom "network")</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be [channels, height, width] or [features]</source>
      <translation>doit être [canaux, hauteur, largeur] ou [caractéristiques]</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of layers</source>
      <translation>doit être une liste non vide de couches</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>holds {count:,} layers; a table shows at most {most}</source>
      <translation>contient {count:,} couches ; un tableau en montre au plus {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>names {source!r}, which is not an earlier layer of this table</source>
      <translation>désigne {source!r}, qui n'est pas une couche antérieure de ce tableau</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of {"cell": [row, col], "printed": number}</source>
      <translation>doit être une liste non vide de {"cell": [row, col], "printed": number}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be [row, col] or [map, row, col] (counting from 0)</source>
      <translation>doit être [ligne, colonne] ou [carte, ligne, colonne] (en comptant à partir de 0)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of layer names ({names})</source>
      <translation>doit être une liste non vide de noms de couches ({names})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be the whole number {schema}, not {found}</source>
      <translation>doit être le nombre entier {schema}, pas {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {version}, newer than this convviz understands ({schema}); update convviz to open it</source>
      <translation>vaut {version}, plus récent que ce que ce convviz comprend ({schema}) ; mettez convviz à jour pour l'ouvrir</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {version}; this convviz reads lesson schema {schema}</source>
      <translation>vaut {version} ; ce convviz lit le schéma de leçon {schema}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be lower-case words joined by hyphens, like "stride-2" (got {lesson_id!r})</source>
      <translation>doit être des mots en minuscules reliés par des traits d'union, comme "stride-2" (reçu : {lesson_id!r})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a list of kernels, not {found}</source>
      <translation>doit être une liste de noyaux, pas {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>holds {count:,} kernels; a lesson offers at most {most}</source>
      <translation>contient {count:,} noyaux ; une leçon en propose au plus {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a list of parameter tables, not {found}</source>
      <translation>doit être une liste de tableaux de paramètres, pas {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>holds {count:,} tables; a lesson shows at most {most}</source>
      <translation>contient {count:,} tableaux ; une leçon en montre au plus {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be an object of languages, like {{"de": {{...}}}}, not {found}</source>
      <translation>doit être un objet de langues, comme {{"de": {{...}}}}, pas {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>holds {count:,} languages; a lesson carries at most {most}</source>
      <translation>contient {count:,} langues ; une leçon en porte au plus {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has the language {language!r}; write a code like "de" or "zh_CN"</source>
      <translation>contient la langue {language!r} ; écrivez un code comme "de" ou "zh_CN"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a list of {count} texts, one for each {what}</source>
      <translation>doit être une liste de {count} textes, un pour chaque élément {what}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; a lesson for the {view!r} view needs an input</source>
      <translation>manque ; une leçon pour la vue {view!r} a besoin d'une entrée</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {groups}; a lesson's groups are 1 (every filter sees all channels) or the input's {channels} channel(s) (depthwise: one map per channel)</source>
      <translation>vaut {groups} ; les groupes d'une leçon valent 1 (chaque filtre voit tous les canaux) ou les {channels} canal(aux) de l'entrée (en profondeur : une carte par canal)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>of a depthwise lesson is one kernel with one slice per channel (each channel's filter)</source>
      <translation>d'une leçon en profondeur est un seul noyau avec une tranche par canal (le filtre de chaque canal)</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is empty; a convolution in the {view!r} view needs at least one kernel</source>
      <translation>est vide ; une convolution dans la vue {view!r} a besoin d'au moins un noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be empty for pooling (settings.mode {mode!r}): pooling has no weights</source>
      <translation>doit être vide pour le pooling (settings.mode {mode!r}) : le pooling n'a pas de poids</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has {depth} channel(s) but the input has {channels}; give one grid per input channel with "channels"</source>
      <translation>a {depth} canal(aux) mais l'entrée en a {channels} ; donnez une grille par canal d'entrée avec "channels"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has {depth} channel(s) but the input has 1; use "matrix"</source>
      <translation>a {depth} canal(aux) mais l'entrée en a 1 ; utilisez "matrix"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>have different sizes ({choices}); a bank of filters needs one size</source>
      <translation>contient des noyaux de tailles différentes ({choices}) ; un banc de filtres demande une seule taille</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>points into expected.output, which is missing</source>
      <translation>pointe dans expected.output, qui manque</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>{cell} is outside the {size} output</source>
      <translation>{cell} est en dehors de la sortie {size}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; slide_cells need a sentence saying what the slide printed</source>
      <translation>manque ; slide_cells demande une phrase qui dit ce que la diapositive indiquait</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>opens the training panel, which belongs to the LeNet view ("view": "lenet")</source>
      <translation>ouvre le panneau d'entraînement, qui appartient à la vue LeNet ("view": "lenet")</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is for a grey convolution in the Steps view ("view": "steps")</source>
      <translation>est pour une convolution en gris dans la vue Étapes ("view": "steps")</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {rows}×{cols}; the Steps view takes kernels of {allowed} cells a side</source>
      <translation>fait {rows}×{cols} ; la vue Étapes prend des noyaux de {allowed} cellules de côté</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {number}; the Steps view takes {allowed}</source>
      <translation>vaut {number} ; la vue Étapes accepte {allowed}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {rows}×{cols}; the Steps view shows at most {most}×{most}</source>
      <translation>fait {rows}×{cols} ; la vue Étapes affiche au plus {most}×{most}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {size}; the Steps view takes kernels of {allowed} cells a side</source>
      <translation>vaut {size} ; la vue Étapes prend des noyaux de {allowed} cellules de côté</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>cannot be worked out ({error})</source>
      <translation>ne peut pas être calculé ({error})</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>{padding!r} adds {cells} cells; the Steps view takes {allowed}</source>
      <translation>{padding!r} ajoute {cells} cellules ; la vue Étapes accepte {allowed}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>a lesson file</source>
      <translation>un fichier de leçon</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {path} does not exist.</source>
      <translation>Le fichier de leçon {path} n'existe pas.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {path} cannot be read ({reason}).</source>
      <translation>Le fichier de leçon {path} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {source} is not UTF-8 text; save it as UTF-8 JSON.</source>
      <translation>Le fichier de leçon {source} n'est pas du texte UTF-8 ; enregistrez-le en JSON UTF-8.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {source} is not valid JSON: {msg} at line {lineno}, column {colno}.</source>
      <translation>Le fichier de leçon {source} n'est pas du JSON valide : {msg} à la ligne {lineno}, colonne {colno}.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {source} cannot be used: {error}.</source>
      <translation>Le fichier de leçon {source} ne peut pas être utilisé : {error}.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>In lesson file {source}, {problem}; correct the file (the app always shows true values).</source>
      <translation>Dans le fichier de leçon {source}, {problem} ; corrigez le fichier (l'application montre toujours les vraies valeurs).</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>Lesson files {first!r} and {name!r} share the id {id!r}.</source>
      <translation>Les fichiers de leçon {first!r} et {name!r} ont le même id {id!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>Lesson files {first!r} and {name!r} share the number {number}.</source>
      <translation>Les fichiers de leçon {first!r} et {name!r} ont le même numéro {number}.</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>There is no lesson {lesson_id!r}; the lessons are {choices}.</source>
      <translation>Il n'y a pas de leçon {lesson_id!r} ; les leçons sont {choices}.</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>"{field}" must be a whole number from {range}, not {value}</source>
      <translation>"{field}" doit être un entier de {range}, pas {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>"{field}" must be a number from {range}, not {value}</source>
      <translation>"{field}" doit être un nombre de {range}, pas {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>"{field}" must be from {range}, not {value}</source>
      <translation>"{field}" doit valoir de {range}, pas {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>{low} to {high}</source>
      <translation>{low} à {high}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>a whole number of about {digits:,} digits</source>
      <translation>un entier d'environ {digits:,} chiffres</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>the text {text}</source>
      <translation>le texte {text}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>a list of {count:,} item(s)</source>
      <translation>une liste de {count:,} élément(s)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>LeNet-5 of 1998 (LeCun et al.: 1×32×32 input, tanh, subsampling, RBF outputs)</source>
      <translation>LeNet-5 de 1998 (LeCun et al. : entrée 1×32×32, tanh, sous-échantillonnage, sorties RBF)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>AlexNet (torchvision's version, 3×224×224 input)</source>
      <translation>AlexNet (version de torchvision, entrée 3×224×224)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>VGG-16 (3×224×224 input)</source>
      <translation>VGG-16 (entrée 3×224×224)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>ResNet-50 (3×224×224 input)</source>
      <translation>ResNet-50 (entrée 3×224×224)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>unknown network {name!r}; choose one of {names}</source>
      <translation>réseau inconnu {name!r} ; choisissez parmi {names}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>there is no file at {path}.</source>
      <translation>il n'y a pas de fichier à {path}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{path} cannot be read ({reason}).</source>
      <translation>{path} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is empty.</source>
      <translation>{name} est vide.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is {size}, more than the {limit} convviz reads for a small network.</source>
      <translation>{name} fait {size}, plus que les {limit} que convviz lit pour un petit réseau.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} grew past {limit} while it was read.</source>
      <translation>{name} a dépassé {limit} pendant sa lecture.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{path} is a folder, not a model file.</source>
      <translation>{path} est un dossier, pas un fichier de modèle.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>a named pipe</source>
      <translation>un tube nommé</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>a device or socket</source>
      <translation>un périphérique ou un socket</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{path} is {what}, not a regular file; convviz only opens model files.</source>
      <translation>{path} est {what}, pas un fichier ordinaire ; convviz n'ouvre que des fichiers de modèle.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is not a PyTorch model file (a damaged zip archive: {error}).</source>
      <translation>{name} n'est pas un fichier de modèle PyTorch (une archive zip endommagée : {error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} holds {count} files inside it; a model file of a small network holds far fewer.</source>
      <translation>{name} contient {count} fichiers ; le fichier de modèle d'un petit réseau en contient bien moins.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} looks like TorchScript but cannot be opened (its data.pkl is missing).</source>
      <translation>{name} ressemble à du TorchScript mais ne peut pas être ouvert (son data.pkl manque).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is not a PyTorch model file (a zip archive without data.pkl).</source>
      <translation>{name} n'est pas un fichier de modèle PyTorch (une archive zip sans data.pkl).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} holds {size} of TorchScript code, more than the {limit} a small network needs.</source>
      <translation>{name} contient {size} de code TorchScript, plus que les {limit} dont un petit réseau a besoin.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} defines __setstate__, code that TorchScript would run while the file is opened; convviz does not open such models.</source>
      <translation>{name} définit __setstate__, du code que TorchScript exécuterait à l'ouverture du fichier ; convviz n'ouvre pas de tels modèles.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: a tensor declares {size} but its data is missing.</source>
      <translation>{name} est endommagé : un tenseur déclare {size} mais ses données manquent.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: a tensor declares {size} but its data holds {stored}.</source>
      <translation>{name} est endommagé : un tenseur déclare {size} mais ses données en contiennent {stored}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} declares {size} of weights, more than the {limit} convviz opens for a small network; it was refused before anything was unpacked.</source>
      <translation>{name} déclare {size} de poids, plus que les {limit} que convviz ouvre pour un petit réseau ; il a été refusé avant toute décompression.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} holds a {size} {member}, more than the {limit} a small network's file needs; it was refused before it was read.</source>
      <translation>{name} contient un élément {member} de {size}, plus que les {limit} dont le fichier d'un petit réseau a besoin ; il a été refusé avant d'être lu.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged ({member}: {error}).</source>
      <translation>{name} est endommagé ({member} : {error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: {member} is longer than it says.</source>
      <translation>{name} est endommagé : {member} est plus long qu'il ne l'annonce.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: its {member} cannot be read ({error}).</source>
      <translation>{name} est endommagé : son élément {member} ne peut pas être lu ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} refers to data in a way PyTorch files do not ({member}).</source>
      <translation>{name} fait référence à des données d'une façon que les fichiers PyTorch n'utilisent pas ({member}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} stores tensors of a kind convviz does not read ({kind}).</source>
      <translation>{name} stocke des tenseurs d'un type que convviz ne lit pas ({kind}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: a tensor's size in {member} is not a count.</source>
      <translation>{name} est endommagé : la taille d'un tenseur dans {member} n'est pas un nombre.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} holds Python objects or code ({names}), not just weights; convviz never runs code from a file.</source>
      <translation>{name} contient des objets ou du code Python ({names}), pas seulement des poids ; convviz n'exécute jamais de code venant d'un fichier.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} was saved in the format of PyTorch before 1.6, which convviz does not read; load it and torch.save it again with a newer PyTorch.</source>
      <translation>{name} a été enregistré au format de PyTorch d'avant la version 1.6, que convviz ne lit pas ; chargez-le et réenregistrez-le avec torch.save dans un PyTorch plus récent.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is not a PyTorch model file.</source>
      <translation>{name} n'est pas un fichier de modèle PyTorch.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>Class digits (*.classdigits);;All files (*)</source>
      <translation>Chiffres de la classe (*.classdigits);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>class digits are 28×28 grey pictures (uint8), not {shape} {dtype}.</source>
      <translation>les chiffres de la classe sont des images grises 28×28 (uint8), pas {shape} {dtype}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>there are {images} class digits but {labels} labels; they must match.</source>
      <translation>il y a {images} chiffres de la classe mais {labels} étiquettes ; ils doivent correspondre.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>the labels of class digits must be whole numbers from 0 to 9.</source>
      <translation>les étiquettes des chiffres de la classe doivent être des entiers de 0 à 9.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>a collection holds at most {limit} class digits, not {count}.</source>
      <translation>une collection contient au plus {limit} chiffres de la classe, pas {count}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>a class digit is a 28×28 uint8 picture, not {shape} {dtype}.</source>
      <translation>un chiffre de la classe est une image 28×28 en uint8, pas {shape} {dtype}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>there is no class digit number {index}.</source>
      <translation>il n'y a pas de chiffre de la classe numéro {index}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>together these files hold {count} different digits; a collection holds at most {limit}.</source>
      <translation>ensemble, ces fichiers contiennent {count} chiffres différents ; une collection en contient au plus {limit}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>the held-out share must be above 0 and below 1, not {value}.</source>
      <translation>la part mise de côté doit être supérieure à 0 et inférieure à 1, pas {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>a class digits file</source>
      <translation>un fichier de chiffres de la classe</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>{name}: {reason}</source>
      <translation>{name} : {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it is larger than a class digits file can be ({limit} MB).</source>
      <translation>il est plus gros qu'un fichier de chiffres de la classe ne peut l'être ({limit} Mo).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it is not a class digits file (not text).</source>
      <translation>ce n'est pas un fichier de chiffres de la classe (pas du texte).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it is not a class digits file (broken JSON at line {line}, column {column}).</source>
      <translation>ce n'est pas un fichier de chiffres de la classe (JSON cassé ligne {line}, colonne {column}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it is not a class digits file (it does not say "{format}").</source>
      <translation>ce n'est pas un fichier de chiffres de la classe (il n'indique pas "{format}").</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its version is {value}, not a version number.</source>
      <translation>sa version est {value}, pas un numéro de version.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it was saved by a newer convviz (format version {version}); this one reads version {known}. Update convviz to open it.</source>
      <translation>il a été enregistré par un convviz plus récent (format version {version}) ; celui-ci lit la version {known}. Mettez convviz à jour pour l'ouvrir.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its "count" must be a whole number from 0 to {limit}, not {value}.</source>
      <translation>son "count" doit être un entier de 0 à {limit}, pas {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its "labels" must be a list of {count} digits.</source>
      <translation>ses "labels" doivent être une liste de {count} chiffres.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>label number {position} is {value}, not a digit from 0 to 9.</source>
      <translation>l'étiquette numéro {position} vaut {value}, pas un chiffre de 0 à 9.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it holds no "images" array.</source>
      <translation>il ne contient pas de tableau "images".</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its images are {shape} {dtype}; {count} digits need {count}×28×28 uint8.</source>
      <translation>ses images sont {shape} {dtype} ; {count} chiffres demandent {count}×28×28 uint8.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its images</source>
      <translation>ses images</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>the learning rate must be above 0 and at most 1.</source>
      <translation>le taux d'apprentissage doit être supérieur à 0 et au plus 1.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>the batch size must be at least 1.</source>
      <translation>la taille de lot doit être au moins 1.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>the layers to fine-tune are among {names}, not {given}.</source>
      <translation>les couches à affiner sont parmi {names}, pas {given}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>none</source>
      <translation>aucune</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>the held-out share must be above 0 and below 1.</source>
      <translation>la part mise de côté doit être supérieure à 0 et inférieure à 1.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>fine-tuning needs digits to learn from and digits kept aside to measure on: draw at least two of a digit (the collection holds {count}).</source>
      <translation>l'affinage a besoin de chiffres pour apprendre et de chiffres mis de côté pour mesurer : dessinez au moins deux exemplaires d'un chiffre (la collection en contient {count}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>the {name} class must be between 0 and {last}, got {value}.</source>
      <translation>la classe {name} doit être entre 0 et {last}, reçu : {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>the batch size must be at least 1, got {batch_size}.</source>
      <translation>la taille de lot doit être au moins 1, reçu : {batch_size}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>labels must be a flat list of whole class numbers.</source>
      <translation>les étiquettes doivent être une liste plate de numéros de classe entiers.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>there are {images} pictures but {labels} labels; they must match.</source>
      <translation>il y a {images} images mais {labels} étiquettes ; leurs nombres doivent correspondre.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>labels must be between 0 and {last}.</source>
      <translation>les étiquettes doivent être entre 0 et {last}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>the model must return {classes} class scores per picture.</source>
      <translation>le modèle doit renvoyer {classes} scores de classe par image.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>convviz opens LeNet weights (a state_dict saved with torch.save) or a TorchScript model (torch.jit.save)</source>
      <translation>convviz ouvre des poids LeNet (un state_dict enregistré avec torch.save) ou un modèle TorchScript (torch.jit.save)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{error} {accepted}.</source>
      <translation>{error} {accepted}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} holds Python objects or code ({names}), not just weights; convviz never runs code from a file. {accepted}.</source>
      <translation>{name} contient des objets ou du code Python ({names}), pas seulement des poids ; convviz n'exécute jamais de code venant d'un fichier. {accepted}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} holds Python objects or code, not just weights; convviz never runs code from a file. {accepted}.</source>
      <translation>{name} contient des objets ou du code Python, pas seulement des poids ; convviz n'exécute jamais de code venant d'un fichier. {accepted}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} is not a PyTorch model file ({error}). {accepted}.</source>
      <translation>{name} n'est pas un fichier de modèle PyTorch ({error}). {accepted}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>a 1×28×28 picture</source>
      <translation>une image 1×28×28</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>a batch of two 1×28×28 pictures (it works on one)</source>
      <translation>un lot de deux images 1×28×28 (il fonctionne sur une seule)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} does not accept {which}: {error}.</source>
      <translation>{name} n'accepte pas {which} : {error}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} returns {kind}, not a tensor of 10 class scores.</source>
      <translation>{name} renvoie {kind}, pas un tenseur de 10 scores de classe.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} returns shape {shape} for {count} picture(s); convviz needs 10 class scores per picture, shape ({count}, 10).</source>
      <translation>{name} renvoie la forme {shape} pour {count} image(s) ; convviz a besoin de 10 scores de classe par image, de forme ({count}, 10).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} returns NaN or infinite scores for a blank picture.</source>
      <translation>{name} renvoie des scores NaN ou infinis pour une image vide.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>convviz shows the layers of models built as nn.Sequential, or whose forward calls their child modules one after another (a flatten before the first Linear is allowed)</source>
      <translation>convviz montre les couches des modèles construits avec nn.Sequential, ou dont forward appelle leurs modules enfants l'un après l'autre (un flatten avant le premier Linear est permis)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>expected a torch model, got {kind}.</source>
      <translation>modèle torch attendu, reçu : {kind}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>expected one picture, got a batch of {count}.</source>
      <translation>une seule image attendue, reçu : un lot de {count}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>this model has no convolution layer (Conv2d), so there is nothing to show.</source>
      <translation>ce modèle n'a pas de couche de convolution (Conv2d), il n'y a donc rien à montrer.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>this model shows no layers inside it; {supported}.</source>
      <translation>ce modèle ne montre aucune couche à l'intérieur ; {supported}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>running this model's layers one after another fails ({error}); {supported}.</source>
      <translation>exécuter les couches de ce modèle l'une après l'autre échoue ({error}) ; {supported}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>this model's forward does more than run its layers in order (for example a functional ReLU or a skip connection); {supported}.</source>
      <translation>le forward de ce modèle fait plus qu'exécuter ses couches dans l'ordre (par exemple un ReLU fonctionnel ou une connexion résiduelle) ; {supported}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the model must return one row of class scores per picture.</source>
      <translation>le modèle doit renvoyer une ligne de scores de classe par image.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the class to explain must be a whole number, got {target!r}.</source>
      <translation>la classe à expliquer doit être un entier, reçu : {target!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the class to explain must be between 0 and {last}, got {target}.</source>
      <translation>la classe à expliquer doit être entre 0 et {last}, reçu : {target}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the number of SmoothGrad samples cannot be negative.</source>
      <translation>le nombre d'échantillons SmoothGrad ne peut pas être négatif.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the SmoothGrad noise level cannot be negative.</source>
      <translation>le niveau de bruit SmoothGrad ne peut pas être négatif.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the layer {layer!r} is not one of this model's layers: {names}.</source>
      <translation>la couche {layer!r} n'est pas une des couches de ce modèle : {names}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>this model has no layer called {layer!r}.</source>
      <translation>ce modèle n'a pas de couche {layer!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the layer {layer!r} ran {count} times in one forward pass; Grad-CAM needs once.</source>
      <translation>la couche {layer!r} a tourné {count} fois en une seule passe forward ; Grad-CAM a besoin qu'elle tourne une seule fois.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>Grad-CAM looks at a convolution layer; {layer!r} is a {kind}.</source>
      <translation>Grad-CAM regarde une couche de convolution ; {layer!r} est de type {kind}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the layer {layer!r} does not output feature maps.</source>
      <translation>la couche {layer!r} ne produit pas de cartes de caractéristiques.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the occlusion patch must be 1 to {largest} pixels wide, got {patch}.</source>
      <translation>le carré d'occultation doit faire de 1 à {largest} pixels de large, reçu : {patch}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the occlusion stride must be at least 1, got {stride}.</source>
      <translation>le pas d'occultation doit être au moins 1, reçu : {stride}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the occlusion stride ({stride}) must not exceed the patch ({patch}), or some pixels would never be hidden.</source>
      <translation>le pas d'occultation ({stride}) ne doit pas dépasser le carré ({patch}), sinon certains pixels ne seraient jamais cachés.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the occlusion fill value must be a finite number.</source>
      <translation>la valeur de remplissage de l'occultation doit être un nombre fini.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>LeNet reads 28×28 pictures, shaped (28, 28) or (N, 28, 28), not {shape}.</source>
      <translation>LeNet lit des images 28×28, de forme (28, 28) ou (N, 28, 28), pas {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>the pictures contain NaN or infinite values.</source>
      <translation>les images contiennent des valeurs NaN ou infinies.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>float pictures must lie in [0, 1] (white digit on black); divide 0–255 pictures by 255.</source>
      <translation>les images en flottants doivent être dans [0, 1] (chiffre blanc sur noir) ; divisez les images 0–255 par 255.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>pictures must be uint8 or float, not {dtype}.</source>
      <translation>les images doivent être en uint8 ou en float, pas {dtype}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>activations shows one picture at a time, not {count}.</source>
      <translation>activations montre une image à la fois, pas {count}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>cannot read the IDX file {path}: {reason}.</source>
      <translation>impossible de lire le fichier IDX {path} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} looks gzipped but is damaged ({error}).</source>
      <translation>{name} semble compressé en gzip mais est endommagé ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} is too short to be an IDX file ({count} bytes).</source>
      <translation>{name} est trop court pour être un fichier IDX ({count} octets).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} is not an MNIST IDX file: its magic number is {magic}, expected {images_magic} (images) or {labels_magic} (labels).</source>
      <translation>{name} n'est pas un fichier IDX MNIST : son nombre magique est {magic}, attendu {images_magic} (images) ou {labels_magic} (étiquettes).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} ends inside its header.</source>
      <translation>{name} se termine au milieu de son en-tête.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} declares images of {height}×{width} pixels.</source>
      <translation>{name} déclare des images de {height}×{width} pixels.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} declares {dims} = {expected} values but holds {actual}: the file is truncated or damaged.</source>
      <translation>{name} déclare {dims} = {expected} valeurs mais en contient {actual} : le fichier est tronqué ou endommagé.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} holds labels, not images.</source>
      <translation>{name} contient des étiquettes, pas des images.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} holds images, not labels.</source>
      <translation>{name} contient des images, pas des étiquettes.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{images} images but {labels} labels: the files do not belong together.</source>
      <translation>{images} images mais {labels} étiquettes : les fichiers ne vont pas ensemble.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} holds label {label}; digits go from 0 to 9.</source>
      <translation>{name} contient l'étiquette {label} ; les chiffres vont de 0 à 9.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>unknown MNIST split {split!r}; choose one of {names}.</source>
      <translation>partie de MNIST inconnue {split!r} ; choisissez parmi {names}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>LeNet-5 in the course deck (3×32×32 input)</source>
      <translation>LeNet-5 dans les diapositives du cours (entrée 3×32×32)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>LeNet-5, modern form (ReLU, max pooling), for MNIST (1×28×28 input)</source>
      <translation>LeNet-5, forme moderne (ReLU, max pooling), pour MNIST (entrée 1×28×28)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>parameter_table understands LeNet models and NetworkSpec descriptions only.</source>
      <translation>parameter_table ne comprend que les modèles LeNet et les descriptions NetworkSpec.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{model}: LeNet-5 in its modern form, ReLU and max pooling ({shape} input)</source>
      <translation>{model} : LeNet-5 sous sa forme moderne, ReLU et max pooling (entrée {shape})</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name} needs a channels×height×width input, not {shape}.</source>
      <translation>{name} demande une entrée canaux×hauteur×largeur, pas {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: the window size must be at least 1.</source>
      <translation>{name} : la taille de fenêtre doit être au moins 1.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: the stride must be at least 1.</source>
      <translation>{name} : le pas doit être au moins 1.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: a {kernel}×{kernel} window does not fit in a {height}×{width} input with padding {padding}.</source>
      <translation>{name} : une fenêtre {kernel}×{kernel} ne tient pas dans une entrée {height}×{width} avec une bordure de {padding}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: the connection table lists {count} filters but the layer has {size}.</source>
      <translation>{name} : la table de connexions liste {count} filtres mais la couche en a {size}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: every filter must read distinct input maps numbered 0 to {last}, not {inputs}.</source>
      <translation>{name} : chaque filtre doit lire des cartes d'entrée distinctes numérotées de 0 à {last}, pas {inputs}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name} reads from {source!r}, which is not an earlier layer.</source>
      <translation>{name} lit depuis {source!r}, qui n'est pas une couche antérieure.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: a residual sum needs equal shapes, not {shape} and {other} (from {source}).</source>
      <translation>{name} : une somme résiduelle demande des formes égales, pas {shape} et {other} (venant de {source}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: a residual sum needs a source layer to add.</source>
      <translation>{name} : une somme résiduelle a besoin d'une couche source à ajouter.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>unknown layer kind {kind!r} in {name}.</source>
      <translation>type de couche inconnu {kind!r} dans {name}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>every input dimension must be at least 1, not {shape}.</source>
      <translation>chaque dimension d'entrée doit valoir au moins 1, pas {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>two layers are called {name!r}; a network with shortcuts needs unique names.</source>
      <translation>deux couches s'appellent {name!r} ; un réseau avec des raccourcis demande des noms uniques.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/preprocess.py" />
      <source>draw a digit first: the picture is blank (nothing stands out from the background).</source>
      <translation>dessinez d'abord un chiffre : l'image est vide (rien ne se détache du fond).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/preprocess.py" />
      <source>the picture must hold numbers, not {dtype}.</source>
      <translation>l'image doit contenir des nombres, pas {dtype}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/preprocess.py" />
      <source>the picture must be a 2-D grey image (height × width), not shape {shape}.</source>
      <translation>l'image doit être une image 2-D en gris (hauteur × largeur), pas de forme {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/preprocess.py" />
      <source>the picture contains NaN or infinite values.</source>
      <translation>l'image contient des valeurs NaN ou infinies.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>the sandbox's time limits must be positive numbers of seconds.</source>
      <translation>les limites de temps du bac à sable doivent être des nombres positifs de secondes.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>the sandbox's memory limit must be a whole number of at least 16 MiB.</source>
      <translation>la limite de mémoire du bac à sable doit être un nombre entier d'au moins 16 MiB.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>open</source>
      <translation>s'ouvrir</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>answer</source>
      <translation>répondre</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>compute its layers</source>
      <translation>calculer ses couches</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>look into its units</source>
      <translation>montrer ses unités</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>explain its answer</source>
      <translation>expliquer sa réponse</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>the model</source>
      <translation>le modèle</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>convviz could not start the sandbox it runs own models in ({error}).</source>
      <translation>convviz n'a pas pu démarrer le bac à sable où tournent vos propres modèles ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>The sandbox for own models did not start as expected.</source>
      <translation>Le bac à sable de vos propres modèles n'a pas démarré comme prévu.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} was closed.</source>
      <translation>{name} a été fermé.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{problem} Open the model again to retry.</source>
      <translation>{problem} Ouvrez à nouveau le modèle pour réessayer.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} failed in its sandbox.</source>
      <translation>{name} a échoué dans son bac à sable.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>The sandbox for own models did not start within {seconds:g} s (the computer is busy).</source>
      <translation>Le bac à sable de vos propres modèles n'a pas démarré en {seconds:g} s (l'ordinateur est occupé).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} took longer than {seconds:g} s to {what}, so convviz stopped it.</source>
      <translation>{name} a mis plus de {seconds:g} s pour {what}, convviz l'a donc arrêté.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} sent a message convviz cannot read ({error}), so convviz stopped it.</source>
      <translation>{name} a envoyé un message que convviz ne peut pas lire ({error}), convviz l'a donc arrêté.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>The sandbox for own models could not start (exit status {code}).</source>
      <translation>Le bac à sable de vos propres modèles n'a pas pu démarrer (code de sortie {code}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} ended its sandbox unexpectedly (exit status {code}) (it may have needed more than {limit} MiB).</source>
      <translation>{name} a terminé son bac à sable de façon inattendue (code de sortie {code}) (il lui fallait peut-être plus de {limit} MiB).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} ended its sandbox unexpectedly (exit status {code}).</source>
      <translation>{name} a terminé son bac à sable de façon inattendue (code de sortie {code}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} needed more than {limit} MiB of memory to {what}, so convviz stopped it.</source>
      <translation>{name} a eu besoin de plus de {limit} MiB de mémoire pour {what}, convviz l'a donc arrêté.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>an array of {dtype} cannot be sent to or from the sandbox.</source>
      <translation>un tableau de {dtype} ne peut pas être envoyé au bac à sable ni en être reçu.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox is cut short.</source>
      <translation>un message du bac à sable est tronqué.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox cannot be read ({error}).</source>
      <translation>un message du bac à sable ne peut pas être lu ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox has no table of arrays.</source>
      <translation>un message du bac à sable n'a pas de table des tableaux.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox describes an array badly ({error}).</source>
      <translation>un message du bac à sable décrit mal un tableau ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox describes an array outside it.</source>
      <translation>un message du bac à sable décrit un tableau situé en dehors du message.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox gives an array a size that does not match its shape.</source>
      <translation>un message du bac à sable donne à un tableau une taille qui ne correspond pas à sa forme.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message of {length} bytes is longer than the sandbox accepts.</source>
      <translation>un message de {length} octets est plus long que ce que le bac à sable accepte.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>the model failed: {error}</source>
      <translation>le modèle a échoué : {error}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>the sandbox holds no model yet.</source>
      <translation>le bac à sable ne contient pas encore de modèle.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>{name} returned {kind}, not a tensor of class scores.</source>
      <translation>{name} a renvoyé {kind}, pas un tenseur de scores de classe.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>there is no explanation called {name!r}.</source>
      <translation>il n'y a pas d'explication nommée {name!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>the sandbox does not know the request {op!r}.</source>
      <translation>le bac à sable ne connaît pas la requête {op!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>a unit is given by its number.</source>
      <translation>une unité se désigne par son numéro.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>unknown settings for activation maximisation ({error}).</source>
      <translation>réglages inconnus pour la maximisation de l'activation ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>the sandbox does not know the units request {what!r}.</source>
      <translation>le bac à sable ne connaît pas la requête d'unités {what!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>{name} looks like TorchScript but cannot be opened ({error}).</source>
      <translation>{name} ressemble à du TorchScript mais ne peut pas être ouvert ({error}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>this {name} runs in the own-model sandbox; call the whole model instead.</source>
      <translation>cet objet {name} tourne dans le bac à sable de votre propre modèle ; appelez plutôt le modèle entier.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} has {count} layers; convviz shows at most {limit}.</source>
      <translation>{name} a {count} couches ; convviz en montre au plus {limit}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} has a layer name convviz cannot show ({layer!r}).</source>
      <translation>{name} a un nom de couche que convviz ne peut pas afficher ({layer!r}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent layers convviz cannot read.</source>
      <translation>{name} a envoyé des couches que convviz ne peut pas lire.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent positions convviz cannot read.</source>
      <translation>{name} a envoyé des positions que convviz ne peut pas lire.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent a map size convviz cannot read.</source>
      <translation>{name} a envoyé une taille de carte que convviz ne peut pas lire.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent an answer convviz cannot read.</source>
      <translation>{name} a envoyé une réponse que convviz ne peut pas lire.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>the options for {function} must be plain numbers: {error}.</source>
      <translation>les options de {function} doivent être de simples nombres : {error}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent filters for {layer} that convviz cannot show.</source>
      <translation>{name} a envoyé pour {layer} des filtres que convviz ne peut pas afficher.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/script_check.py" />
      <source>own models may only use the operations of a small CNN (convolutions, pooling, linear layers, activations, normalisation, dropout, reshaping and arithmetic)</source>
      <translation>vos propres modèles ne peuvent utiliser que les opérations d'un petit CNN (convolutions, pooling, couches linéaires, activations, normalisation, dropout, remodelage et arithmétique)</translation>
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
      <translation>{name} utilise {kind} (dans {where}), que convviz n'exécute pas : {allowed}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/script_check.py" />
      <source>{name} has a while loop (prim::Loop without a bound, in {where}), which could run forever; convviz only runs for loops over a counted range.</source>
      <translation>{name} contient une boucle while (prim::Loop sans borne, dans {where}), qui pourrait tourner indéfiniment ; convviz n'exécute que des boucles for sur un intervalle compté.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>it does not hold a state_dict (a table of named weights)</source>
      <translation>il ne contient pas de state_dict (une table de poids nommés)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source} does not hold a state_dict (a table of named weights).</source>
      <translation>{source} ne contient pas de state_dict (une table de poids nommés).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>a weight is named {key} ({kind}), but weights are named by text such as 'conv1.weight'</source>
      <translation>un poids est nommé {key} ({kind}), mais les poids sont nommés par du texte comme 'conv1.weight'</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source} is not a table of named weights: {detail}.</source>
      <translation>{source} n'est pas une table de poids nommés : {detail}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>it holds a {kind} under {key}, not a tensor of weights</source>
      <translation>il contient un objet {kind} sous {key}, pas un tenseur de poids</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>missing {names}</source>
      <translation>manquants : {names}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>unexpected {names}</source>
      <translation>inattendus : {names}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{key} is {shape} but {network} needs {needed}</source>
      <translation>{key} : {shape}, mais {network} a besoin de {needed}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>It looks like the weights of a different network: weights alone cannot rebuild it, so save that network with torch.jit.save (TorchScript) and open that file.</source>
      <translation>On dirait les poids d'un autre réseau : les poids seuls ne permettent pas de le reconstruire ; enregistrez donc ce réseau avec torch.jit.save (TorchScript) et ouvrez ce fichier.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source} does not fit {network}: {detail}.{hint}</source>
      <translation>{source} ne correspond pas à {network} : {detail}.{hint}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{key} is stored in a special layout ({layout}), not as plain numbers</source>
      <translation>{key} est stocké dans une disposition spéciale ({layout}), pas sous forme de nombres simples</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source}: {detail}.</source>
      <translation>{source} : {detail}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{key} holds {dtype} values, not the decimal numbers weights are</source>
      <translation>{key} contient des valeurs {dtype}, pas les nombres décimaux que sont les poids</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{names} (NaN or infinite)</source>
      <translation>{names} (NaN ou infini)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source} has weights that are not finite numbers: {detail}.</source>
      <translation>{source} a des poids qui ne sont pas des nombres finis : {detail}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>a single number</source>
      <translation>un seul nombre</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>epochs must be at least 1.</source>
      <translation>le nombre d'époques doit être au moins 1.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>the learning rate must be greater than 0.</source>
      <translation>le taux d'apprentissage doit être supérieur à 0.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>weight decay cannot be negative.</source>
      <translation>la pénalisation des poids (weight decay) ne peut pas être négative.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>dropout must be at least 0 and below 1.</source>
      <translation>le dropout doit être d'au moins 0 et inférieur à 1.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>the elastic wobble cannot be negative.</source>
      <translation>la déformation élastique ne peut pas être négative.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>the training subset must hold at least one digit.</source>
      <translation>le sous-ensemble d'entraînement doit contenir au moins un chiffre.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>LeNet has no learnable layer '{name}'; choose among {names}.</source>
      <translation>LeNet n'a pas de couche entraînable '{name}' ; choisis parmi {names}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>Train LeNet-5 on the shipped MNIST digits and write weights plus a model card.</source>
      <translation>Entraîne LeNet-5 sur les chiffres MNIST fournis et écrit les poids ainsi qu'une fiche du modèle.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>peak learning rate (one-cycle)</source>
      <translation>taux d'apprentissage maximal (one-cycle)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>cpu, cuda, mps or auto</source>
      <translation>cpu, cuda, mps ou auto</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>train on the digits as they are</source>
      <translation>entraîner sur les chiffres tels quels</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>largest elastic wobble, pixels (0: none)</source>
      <translation>plus grande déformation élastique, en pixels (0 : aucune)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>train on this many digits only</source>
      <translation>n'entraîner que sur ce nombre de chiffres</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>fine-tune: only these layers learn ({names})</source>
      <translation>affiner : seules ces couches apprennent ({names})</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>start from the shipped trained weights</source>
      <translation>partir des poids entraînés fournis</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>CPU threads torch may use</source>
      <translation>threads CPU que torch peut utiliser</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>weights file (MODEL_CARD.md goes beside it)</source>
      <translation>fichier de poids (MODEL_CARD.md est placé à côté)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>no progress bar</source>
      <translation>pas de barre de progression</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>threads must be at least 1.</source>
      <translation>le nombre de threads doit être au moins 1.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>epoch {epoch}: loss {loss:.4f}, train {train:.2f}%, test {test:.2f}%</source>
      <translation>époque {epoch} : perte {loss:.4f}, entraînement {train:.2f} %, test {test:.2f} %</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>test accuracy {accuracy:.2f}% after {epochs} epochs in {seconds:.0f} s; wrote {weights} and {card}</source>
      <translation>précision de test {accuracy:.2f} % après {epochs} époques en {seconds:.0f} s ; {weights} et {card} écrits</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>Training failed: {error}</source>
      <translation>L'entraînement a échoué : {error}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>a training process runs one training; start another for the next.</source>
      <translation>un processus d'entraînement exécute un seul entraînement ; lances-en un autre pour le suivant.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>training data are four arrays: training pictures, their labels, test pictures, labels.</source>
      <translation>les données d'entraînement sont quatre tableaux : images d'entraînement, leurs étiquettes, images de test, étiquettes.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>the picture followed while training must be 28×28, not {shape}.</source>
      <translation>l'image suivie pendant l'entraînement doit faire 28×28, pas {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>Training was stopped.</source>
      <translation>L'entraînement a été arrêté.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>The training process ended unexpectedly ({why}).</source>
      <translation>Le processus d'entraînement s'est arrêté de façon inattendue ({why}).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>signal {number}</source>
      <translation>signal {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>exit code {code}</source>
      <translation>code de sortie {code}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>expected one or two numbers for a 2-D layer setting, not {values}.</source>
      <translation>un ou deux nombres attendus pour un réglage de couche 2-D, pas {values}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model's layers cannot be shown ({problem}), so their units cannot be looked at one by one.</source>
      <translation>les couches de ce modèle ne peuvent pas être affichées ({problem}), ses unités ne peuvent donc pas être examinées une par une.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model's layers cannot be shown, so their units cannot be looked at one by one.</source>
      <translation>les couches de ce modèle ne peuvent pas être affichées, ses unités ne peuvent donc pas être examinées une par une.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>a layer of this model does not say how many units it has.</source>
      <translation>une couche de ce modèle n'indique pas combien d'unités elle a.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model has no convolution (Conv2d) or fully connected (Linear) layer to look into.</source>
      <translation>ce modèle n'a ni couche de convolution (Conv2d) ni couche entièrement connectée (Linear) à examiner.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model has no layer {name!r} with units to look at.</source>
      <translation>ce modèle n'a pas de couche {name!r} avec des unités à examiner.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>LeNet has no layer {layer!r}.</source>
      <translation>LeNet n'a pas de couche {layer!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model has no layer {layer!r}.</source>
      <translation>ce modèle n'a pas de couche {layer!r}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>activation maximisation takes 1 to 5,000 steps, not {steps}.</source>
      <translation>la maximisation de l'activation prend de 1 à 5 000 pas, et non {steps}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>the step size must lie in (0, 1] and the decay in [0, 1).</source>
      <translation>la taille de pas doit être dans (0, 1] et la décroissance dans [0, 1).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>blur every 0 (never) or more steps, with a blur of 0 to 5 pixels and jitter of 0 to 4.</source>
      <translation>le flou s'applique tous les 0 (jamais) pas ou plus, avec un flou de 0 à 5 pixels et un décalage aléatoire (jitter) de 0 à 4.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>{layer} has units 0 to {last}, not {unit}.</source>
      <translation>{layer} a les unités 0 à {last}, pas {unit}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The LeNet weights file {path} is missing; train it with `convviz-train --output {path}`.</source>
      <translation>Le fichier de poids LeNet {path} manque ; créez-le en entraînant avec `convviz-train --output {path}`.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>{name} is a TorchScript model, not LeNet weights</source>
      <translation>{name} est un modèle TorchScript, pas des poids LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>it holds Python objects or code ({names}), and convviz never runs code from a file</source>
      <translation>il contient des objets ou du code Python ({names}), et convviz n'exécute jamais de code venant d'un fichier</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The LeNet weights file {path} is damaged or not a weights file ({reason}); retrain it with `convviz-train`.</source>
      <translation>Le fichier de poids LeNet {path} est endommagé ou n'est pas un fichier de poids ({reason}) ; recréez-le en entraînant avec `convviz-train`.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The file {path} does not hold a LeNet state_dict (a table of named weights).</source>
      <translation>Le fichier {path} ne contient pas de state_dict LeNet (une table de poids nommés).</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The file {path} does not hold a LeNet state_dict: {detail}.</source>
      <translation>Le fichier {path} ne contient pas de state_dict LeNet : {detail}.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>this LeNet</source>
      <translation>ce LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The weights in {path} contain NaN or infinite values ({detail}); retrain them.</source>
      <translation>Les poids de {path} contiennent des valeurs NaN ou infinies ({detail}) ; entraînez-les à nouveau.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The weights in {path} do not fit this LeNet ({detail}); retrain them with `convviz-train`.</source>
      <translation>Les poids de {path} ne correspondent pas à ce LeNet ({detail}) ; entraînez-les à nouveau avec `convviz-train`.</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The device {device} failed ({error}); using the CPU.</source>
      <translation>L'appareil {device} a échoué ({error}) ; utilisation du CPU.</translation>
    </message>
    <message>
      <location filename="../../convviz/new_files.py" />
      <source>no free temporary name beside {file} after {tries} tries</source>
      <translation>aucun nom temporaire libre à côté de {file} après {tries} essais</translation>
    </message>
    <message>
      <location filename="../../convviz/resources.py" />
      <source>The resource {name} is missing from {folder}; reinstall convviz to restore it.</source>
      <translation>La ressource {name} manque dans {folder} ; réinstallez convviz pour la rétablir.</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>no file was chosen</source>
      <translation>aucun fichier n'a été choisi</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{kind} is not a file path</source>
      <translation>{kind} n'est pas un chemin de fichier</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>the file name contains a NUL character, so it cannot name a file</source>
      <translation>le nom de fichier contient un caractère NUL, il ne peut donc pas désigner un fichier</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>a folder</source>
      <translation>un dossier</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>a named pipe (FIFO)</source>
      <translation>un tube nommé (FIFO)</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>a device</source>
      <translation>un périphérique</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>a socket</source>
      <translation>un socket</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>not a regular file</source>
      <translation>un fichier spécial</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>there is no file {file}; check the name and folder</source>
      <translation>il n'y a pas de fichier {file} ; vérifiez le nom et le dossier</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} cannot be looked at ({reason})</source>
      <translation>{file} ne peut pas être examiné ({reason})</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} cannot be read (no permission to open it)</source>
      <translation>{file} ne peut pas être lu (pas de permission pour l'ouvrir)</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} cannot be opened ({reason})</source>
      <translation>{file} ne peut pas être ouvert ({reason})</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} is larger than {limit}: too large to be {what}</source>
      <translation>{file} dépasse {limit} : trop grand pour être {what}</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} is a folder, not {what}; choose a file inside it</source>
      <translation>{file} est un dossier, pas {what} ; choisissez un fichier à l'intérieur</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} is {kind}, not {what}; convviz reads only ordinary files</source>
      <translation>{file} est {kind}, pas {what} ; convviz ne lit que des fichiers ordinaires</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} is {size}: too large to be {what} (the limit is {limit})</source>
      <translation>{file} fait {size} : trop grand pour être {what} (la limite est de {limit})</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{count} bytes</source>
      <translation>{count} octets</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_json.py" />
      <source>a whole number of {digits:,} digits</source>
      <translation>un entier de {digits:,} chiffres</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_json.py" />
      <source>its JSON is nested absurdly deep (more than {depth} levels)</source>
      <translation>son JSON est imbriqué de façon absurdement profonde (plus de {depth} niveaux)</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_json.py" />
      <source>its JSON is nested more than {depth} levels deep</source>
      <translation>son JSON est imbriqué sur plus de {depth} niveaux</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Photos</source>
      <translation>Photos</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>MNIST digits</source>
      <translation>Chiffres MNIST</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Patterns</source>
      <translation>Motifs</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Handwritten {digit} (MNIST)</source>
      <translation>{digit} manuscrit (MNIST)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>A handwritten {digit} from the MNIST test set, the size LeNet reads.</source>
      <translation>Un {digit} manuscrit du jeu de test MNIST, à la taille que lit LeNet.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Camera man (grey)</source>
      <translation>Cameraman (gris)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Strong edges and flat sky: the classic edge-detector test.</source>
      <translation>Contours marqués et ciel uni : le test classique des détecteurs de contours.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Brick wall (grey)</source>
      <translation>Mur de briques (gris)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Horizontal and vertical mortar lines for line detectors.</source>
      <translation>Joints de mortier horizontaux et verticaux pour les détecteurs de lignes.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Coins (grey)</source>
      <translation>Pièces (gris)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Round blobs on a flat background: try blurs and the Laplacian.</source>
      <translation>Taches rondes sur fond uni : essayez les flous et le laplacien.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Text (grey)</source>
      <translation>Texte (gris)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Thin strokes: line detectors and sharpening.</source>
      <translation>Traits fins : détecteurs de lignes et netteté.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Astronaut (colour)</source>
      <translation>Astronaute (couleur)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>A colour portrait: three channels, one kernel per channel.</source>
      <translation>Un portrait en couleur : trois canaux, un noyau par canal.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Coffee (colour)</source>
      <translation>Café (couleur)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Warm colours: compare the red, green and blue results.</source>
      <translation>Couleurs chaudes : comparez les résultats rouge, vert et bleu.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Chelsea the cat (colour)</source>
      <translation>Chelsea le chat (couleur)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Fur texture and whiskers.</source>
      <translation>Texture du pelage et moustaches.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Rocket launch (colour)</source>
      <translation>Lancement de fusée (couleur)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Sky, smoke and a bright plume.</source>
      <translation>Ciel, fumée et un panache lumineux.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Horse silhouette (grey)</source>
      <translation>Silhouette de cheval (gris)</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>A solid shape: outlines appear with edge kernels.</source>
      <translation>Une forme pleine : les contours apparaissent avec les noyaux de contours.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Single bright pixel</source>
      <translation>Un seul pixel lumineux</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Convolving one bright pixel draws the kernel itself: flipped unless flip is on.</source>
      <translation>Convoluer un pixel lumineux dessine le noyau lui-même : retourné, sauf si le retournement est activé.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Step edge</source>
      <translation>Marche</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Dark left half, bright right half: vertical edge detectors answer on the border only.</source>
      <translation>Moitié gauche sombre, droite claire : les détecteurs de contours verticaux ne répondent qu'à la frontière.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Checkerboard</source>
      <translation>Damier</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Squares of 8 pixels: both edge directions and corners.</source>
      <translation>Carrés de 8 pixels : les deux directions de contour et des coins.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Lines at angles</source>
      <translation>Lignes inclinées</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Four quadrants of thin lines at 0°, 45°, 90° and 135°: each line detector lights one.</source>
      <translation>Quatre quadrants de lignes fines à 0°, 45°, 90° et 135° : chaque détecteur de lignes en allume un.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Smooth ramp</source>
      <translation>Rampe douce</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Brightness rising left to right: edge kernels give a constant answer.</source>
      <translation>Luminosité croissante de gauche à droite : les noyaux de contours donnent une réponse constante.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>There is no sample called {name}; the samples are: {known}.</source>
      <translation>Il n'y a pas d'exemple nommé {name} ; les exemples sont : {known}.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>An MNIST digit is 0 to 9, not {label}.</source>
      <translation>Un chiffre MNIST va de 0 à 9, pas {label}.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>The shipped MNIST label file is damaged (wrong magic number).</source>
      <translation>Le fichier d'étiquettes MNIST fourni est endommagé (mauvais nombre magique).</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Only {count} examples of the digit {label} are offered.</source>
      <translation>Seuls {count} exemples du chiffre {label} sont proposés.</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>The shipped MNIST image file is damaged (wrong magic number).</source>
      <translation>Le fichier d'images MNIST fourni est endommagé (mauvais nombre magique).</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>arrays of {dtype} cannot be saved in a session</source>
      <translation>des tableaux de {dtype} ne peuvent pas être enregistrés dans une session</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} would unpack to {size:,.1f} MB, more than the {limit:,.0f} MB all arrays of a session may take</source>
      <translation>{what} se décompresserait en {size:,.1f} MB, plus que les {limit:,.0f} MB que tous les tableaux d'une session peuvent occuper</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>an embedded array</source>
      <translation>un tableau intégré</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is not described as an object</source>
      <translation>{what} n'est pas décrit comme un objet</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} has an unknown number type {dtype}</source>
      <translation>{what} a un type de nombre inconnu {dtype}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} has no valid shape</source>
      <translation>{what} n'a pas de forme valide</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} claims {count} values, more than convviz ever saves</source>
      <translation>{what} annonce {count} valeurs, plus que ce que convviz enregistre jamais</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} uses an unknown encoding {encoding}</source>
      <translation>{what} utilise un encodage inconnu {encoding}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} has no data</source>
      <translation>{what} n'a pas de données</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} holds far more data than its {shape} shape needs</source>
      <translation>{what} contient bien plus de données que sa forme {shape} n'en demande</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what}'s data is damaged (not valid base64)</source>
      <translation>les données de {what} sont endommagées (base64 non valide)</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{kind} cannot be saved in a session</source>
      <translation>{kind} ne peut pas être enregistré dans une session</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>scalar</source>
      <translation>scalaire</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} claims a {shape} shape that no {encoding} picture has</source>
      <translation>{what} annonce une forme {shape} qu'aucune image {encoding} n'a</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is a {width}×{height} {mode} picture, not the {shape} its description says</source>
      <translation>{what} est une image {mode} de {width}×{height}, pas la forme {shape} qu'annonce sa description</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is a picture far too large to decode safely</source>
      <translation>{what} est une image bien trop grande pour être décodée sans risque</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is a damaged picture ({reason})</source>
      <translation>{what} est une image endommagée ({reason})</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is {actual}, not the {shape} its description says</source>
      <translation>{what} a la forme {actual}, pas la forme {shape} qu'annonce sa description</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what}'s data is damaged (it does not decompress)</source>
      <translation>les données de {what} sont endommagées (elles ne se décompressent pas)</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what}'s data is truncated or too long for its shape</source>
      <translation>les données de {what} sont tronquées ou trop longues pour sa forme</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{where}" is not an object</source>
      <translation>"{where}" n'est pas un objet</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>a state</source>
      <translation>un état</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" is missing</source>
      <translation>"{name}" manque</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a finite number, not {value}</source>
      <translation>"{name}" doit être un nombre fini, pas {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be true or false, not {value}</source>
      <translation>"{name}" doit être true ou false, pas {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be text, not {value}</source>
      <translation>"{name}" doit être du texte, pas {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" is {length:,} characters long; at most {most:,} are allowed</source>
      <translation>"{name}" fait {length:,} caractères ; au plus {most:,} sont permis</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be one of {choices}, not {value}</source>
      <translation>"{name}" doit être l'un de {choices}, pas {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a list of {what}, not {value}</source>
      <translation>"{name}" doit être une liste de {what}, pas {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" holds {count:,} {what}; at most {most:,} are allowed</source>
      <translation>"{name}" contient {count:,} {what} ; au plus {most:,} sont permis</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be two whole numbers (rows, columns), not {value}</source>
      <translation>"{name}" doit être deux entiers (lignes, colonnes), pas {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>float</source>
      <translation>de flottants</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>numeric</source>
      <translation>numérique</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a {wanted} array, not {dtype}</source>
      <translation>"{name}" doit être un tableau {wanted}, pas {dtype}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" has the shape {shape}, which this field cannot hold</source>
      <translation>"{name}" a la forme {shape}, que ce champ ne peut pas contenir</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" is {shape}; {sides}</source>
      <translation>"{name}" fait {shape} ; {sides}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>{shown_by} shows {range} cells a side</source>
      <translation>{shown_by} affiche de {range} cellules de côté</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>each side must be {range} cells</source>
      <translation>chaque côté doit faire de {range} cellules</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be an embedded array, not {value}</source>
      <translation>"{name}" doit être un tableau intégré, pas {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" holds NaN or infinite values</source>
      <translation>"{name}" contient des valeurs NaN ou infinies</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a rectangular grid of numbers (a list of rows)</source>
      <translation>"{name}" doit être une grille rectangulaire de nombres (une liste de lignes)</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" is {rows}×{columns}; {sides}</source>
      <translation>"{name}" fait {rows}×{columns} ; {sides}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a rectangular grid of numbers</source>
      <translation>"{name}" doit être une grille rectangulaire de nombres</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a non-empty rectangular grid of numbers</source>
      <translation>"{name}" doit être une grille rectangulaire de nombres non vide</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>convviz sessions (*.convviz);;All files (*)</source>
      <translation>Sessions convviz (*.convviz);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This file is not a convviz session: it is {length:,.0f} million characters long (the limit is {limit:,.0f} million).</source>
      <translation>Ce fichier n'est pas une session convviz : il fait {length:,.0f} millions de caractères (la limite est de {limit:,.0f} millions).</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>It looks cut short (truncated).</source>
      <translation>Il semble tronqué.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This file is not a convviz session: it is not valid JSON (line {line}, column {column}: {reason}).</source>
      <translation>Ce fichier n'est pas une session convviz : ce n'est pas du JSON valide (ligne {line}, colonne {column} : {reason}).</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This file is not a convviz session: {reason}.</source>
      <translation>Ce fichier n'est pas une session convviz : {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This file is not a convviz session: it does not start with "format": "{format}".</source>
      <translation>Ce fichier n'est pas une session convviz : il ne commence pas par "format": "{format}".</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This session file has no valid format version (found {found}).</source>
      <translation>Ce fichier de session n'a pas de version de format valide (trouvé : {found}).</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This session was saved by a newer convviz{by} in session format {found}; this convviz reads format {version} and older. Update convviz to open it.</source>
      <translation>Cette session a été enregistrée par un convviz plus récent{by} au format de session {found} ; ce convviz lit le format {version} et les plus anciens. Mettez convviz à jour pour l'ouvrir.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This session file is damaged: {reason}.</source>
      <translation>Ce fichier de session est endommagé : {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>a convviz session</source>
      <translation>une session convviz</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>Could not read {file}: there is no such file.</source>
      <translation>Impossible de lire {file} : ce fichier n'existe pas.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>{reason}.</source>
      <translation>{reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>Could not read {file}: {reason}.</source>
      <translation>Impossible de lire {file} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>{file} is empty: it is not a convviz session (or it was cut short).</source>
      <translation>{file} est vide : ce n'est pas une session convviz (ou elle a été tronquée).</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>{file} is not a convviz session: it is not text (JSON).</source>
      <translation>{file} n'est pas une session convviz : ce n'est pas du texte (JSON).</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>{file}: {reason}</source>
      <translation>{file} : {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"views" is not an object</source>
      <translation>"views" n'est pas un objet</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"views" names {count:,} views; a session holds at most {most}</source>
      <translation>"views" nomme {count:,} vues ; une session en contient au plus {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>the {view} view's state is not an object</source>
      <translation>l'état de la vue {view} n'est pas un objet</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>in the {view} view, {reason}</source>
      <translation>dans la vue {view}, {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"picture" is not an object</source>
      <translation>"picture" n'est pas un objet</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"lesson" is not an object</source>
      <translation>"lesson" n'est pas un objet</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"lesson.builtin" must be true or false, not {value}</source>
      <translation>"lesson.builtin" doit être true ou false, pas {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>the Steps view</source>
      <translation>la vue Étapes</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{name}" must have a square background and image of the same size</source>
      <translation>"{name}" doit avoir un fond et une image carrés de même taille</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>strokes</source>
      <translation>traits</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{where}" must be [width, [[x, y], ...]]</source>
      <translation>"{where}" doit être [épaisseur, [[x, y], ...]]</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{where}" has no points</source>
      <translation>"{where}" n'a aucun point</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{name}.strokes" hold more than {most:,} points in all; a canvas replays every point when it is restored</source>
      <translation>"{name}.strokes" contient plus de {most:,} points au total ; une zone de dessin rejoue chaque point quand elle est restaurée</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>a point of "{where}" must be [x, y]</source>
      <translation>un point de "{where}" doit être [x, y]</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"kernels" must be three kernels (red, green, blue)</source>
      <translation>"kernels" doit contenir trois noyaux (rouge, vert, bleu)</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>the kernel editor</source>
      <translation>l'éditeur de noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"kernels" must be three kernels of one size, {range} cells a side</source>
      <translation>"kernels" doit contenir trois noyaux de même taille, de {range} cellules de côté</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>numbers</source>
      <translation>nombres</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>grids</source>
      <translation>grilles</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{name}" must hold grids of one size</source>
      <translation>"{name}" doit contenir des grilles de même taille</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"edits" must map {layers} to their edited filters</source>
      <translation>"edits" doit associer {layers} à leurs filtres modifiés</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>{first} and {second}</source>
      <translation>{first} et {second}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>edited filter slices</source>
      <translation>tranches de filtre modifiées</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{where}.weights" must be a square filter of finite numbers</source>
      <translation>"{where}.weights" doit être un filtre carré de nombres finis</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"input.digit" must be a {side}×{side} picture</source>
      <translation>"input.digit" doit être une image {side}×{side}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>A camera frame must be colour pixels (height × width × 3, bytes).</source>
      <translation>Une image de caméra doit être faite de pixels en couleur (hauteur × largeur × 3, octets).</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>camera {index}</source>
      <translation>caméra {index}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>No camera was found ({device} does not exist). Connect one, or pick a picture.</source>
      <translation>Aucune caméra trouvée ({device} n'existe pas). Branchez-en une, ou choisissez une image.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>The camera could not be opened: another program may be using it. Close that, or pick a picture.</source>
      <translation>Impossible d'ouvrir la caméra : un autre programme l'utilise peut-être. Fermez-le, ou choisissez une image.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>The clip {name} was not found.</source>
      <translation>Le clip {name} est introuvable.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>The clip {name} could not be read as a video.</source>
      <translation>Le clip {name} n'a pas pu être lu comme vidéo.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>A moving pattern needs at least 8×8 pixels.</source>
      <translation>Un motif animé demande au moins 8×8 pixels.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>moving pattern</source>
      <translation>motif animé</translation>
    </message>
    <message>
      <location filename="../../convviz/state/color_vision.py" />
      <source>unknown colour-vision deficiency {name}; use one of {known}.</source>
      <translation>déficience de la vision des couleurs inconnue {name} ; utilisez l'une de {known}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>the sequential colour map needs pyqtgraph's viridis table; reinstall convviz</source>
      <translation>la palette de couleurs séquentielle a besoin de la table viridis de pyqtgraph ; réinstallez convviz</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>unknown colour scale {name}; use one of {known}.</source>
      <translation>échelle de couleurs inconnue {name} ; utilisez l'une de {known}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>blue negative · white zero · orange positive</source>
      <translation>bleu négatif · blanc zéro · orange positif</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>cannot be negative: dark purple low → yellow high</source>
      <translation>ne peut être négatif : violet foncé bas → jaune haut</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>black low → white high</source>
      <translation>noir bas → blanc haut</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>unknown kind of quantity {name}; use one of {known}.</source>
      <translation>type de grandeur inconnu {name} ; utilisez l'un de {known}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>a picture is (H, W) grey or (3, H, W) colour, not shape {shape}.</source>
      <translation>une image est (H, W) en gris ou (3, H, W) en couleur, pas de forme {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>each map its own</source>
      <translation>chaque carte la sienne</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>one per layer</source>
      <translation>une par couche</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>one for the whole network</source>
      <translation>une pour tout le réseau</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>unknown colour range {name}; use one of {known}.</source>
      <translation>plage de couleurs inconnue {name} ; utilisez l'une de {known}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>one colour range for the whole network needs the network's layers.</source>
      <translation>une seule plage de couleurs pour tout le réseau a besoin des couches du réseau.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/conventions.py" />
      <source>rows and columns counted from 1</source>
      <translation>lignes et colonnes comptées à partir de 1</translation>
    </message>
    <message>
      <location filename="../../convviz/state/conventions.py" />
      <source>row {row}, column {column}</source>
      <translation>ligne {row}, colonne {column}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>A kernel must be a grid of numbers.</source>
      <translation>Un noyau doit être une grille de nombres.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>A kernel must be a grid: every row as long as the others.</source>
      <translation>Un noyau doit être une grille : chaque ligne aussi longue que les autres.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>A kernel side must be {low} to {high} cells, not {side}.</source>
      <translation>Le côté d'un noyau doit faire de {low} à {high} cellules, pas {side}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>a kernel cell</source>
      <translation>une cellule du noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>"kernels" must be three kernels (red, green, blue) of one size.</source>
      <translation>"kernels" doit contenir trois noyaux (rouge, vert, bleu) de même taille.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>"kernels" must be three kernels of one size, as in a conv layer.</source>
      <translation>"kernels" doit contenir trois noyaux de même taille, comme dans une couche de convolution.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>"{name}" must be a name of at most {most} characters</source>
      <translation>"{name}" doit être un nom d'au plus {most} caractères</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>the convolution view has no setting called {name}</source>
      <translation>la vue Convolution n'a pas de réglage nommé {name}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>This kernel's cells sum to 0 (an edge detector), so it cannot be scaled to sum 1.</source>
      <translation>Les cellules de ce noyau font 0 au total (un détecteur de contours) : il ne peut donc pas être mis à l'échelle pour faire 1.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>dilated form: {formula}</source>
      <translation>forme dilatée : {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>height</source>
      <translation>hauteur</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>width</source>
      <translation>largeur</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No output {axis}: {reason}.</source>
      <translation>Aucune sortie en {axis} : {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No output: {problem}.</source>
      <translation>Aucune sortie : {problem}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No output: reflect padding mirrors the picture, so it needs fewer cells than the {rows}×{cols} picture has ({asked} asked); use less padding, zeros or replicate.</source>
      <translation>Aucune sortie : la bordure reflect reflète l'image, elle demande donc moins de cellules que l'image {rows}×{cols} n'en a ({asked} demandées) ; utilisez moins de bordure, des zéros ou replicate.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No pooling output: the {k}×{k} pool window is bigger than the {rows}×{cols} feature map; use a window of at most {most} cells.</source>
      <translation>Pas de sortie du pooling : la fenêtre de pooling {k}×{k} est plus grande que la carte de caractéristiques {rows}×{cols} ; utilisez une fenêtre d'au plus {most} cellules.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No output: the {channels} colour channels cannot be split into {groups} equal groups; choose 1 (each filter sees all three) or 3 (depthwise: one map per channel).</source>
      <translation>Aucune sortie : les {channels} canaux de couleur ne se divisent pas en {groups} groupes égaux ; choisissez 1 (chaque filtre voit les trois) ou 3 (en profondeur : une carte par canal).</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution_run.py" />
      <source>{device} failed ({reason}); computed on the CPU instead.</source>
      <translation>{device} a échoué ({reason}) ; calcul fait sur le CPU à la place.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution_run.py" />
      <source>PyTorch gives a {theirs} map but convviz shows {mine}.</source>
      <translation>PyTorch donne une carte {theirs} mais convviz montre {mine}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/evaluation.py" />
      <source>a chunk holds at least one digit, not {chunk}.</source>
      <translation>un bloc contient au moins un chiffre, pas {chunk}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/frame_grabber.py" />
      <source>The camera could not be started: {reason}</source>
      <translation>Impossible de démarrer la caméra : {reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/frame_grabber.py" />
      <source>The camera stopped giving pictures.</source>
      <translation>La caméra ne donne plus d'images.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/frame_rate.py" />
      <source>the frame-rate window must be longer than zero seconds.</source>
      <translation>la fenêtre de mesure de la fréquence d'images doit durer plus de zéro seconde.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>a preset kernel must be a 2-D matrix, not shape {shape}.</source>
      <translation>un noyau de préréglage doit être une matrice 2-D, pas de forme {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>these weights have no {layer}: they are not a LeNet's.</source>
      <translation>ces poids n'ont pas de {layer} : ce ne sont pas ceux d'un LeNet.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>a test digit is 28×28 pixels, not {shape}.</source>
      <translation>un chiffre de test fait 28×28 pixels, pas {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>a filter weight must be a finite number.</source>
      <translation>un poids de filtre doit être un nombre fini.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>a filter must hold finite numbers only.</source>
      <translation>un filtre ne doit contenir que des nombres finis.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>these weights are not this LeNet's: their layers or shapes differ.</source>
      <translation>ces poids ne sont pas ceux de ce LeNet : leurs couches ou leurs formes diffèrent.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>{layer} filters have shape {shape}, not {given}.</source>
      <translation>les filtres de {layer} ont la forme {shape}, pas {given}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>only the filters of {layers} can be edited, not {layer}.</source>
      <translation>seuls les filtres de {layers} peuvent être modifiés, pas {layer}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>Each pixel of map {number} is the sum of the {terms} products of a {size}×{size} window of the input with filter {number}, plus its bias {bias} (padding 2 keeps the map 28×28). PyTorch: {code}.</source>
      <translation>Chaque pixel de la carte {number} est la somme des {terms} produits d'une fenêtre {size}×{size} de l'entrée par le filtre {number}, plus son biais {bias} (la bordure 2 garde la carte en 28×28). PyTorch : {code}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>Map {number} adds up all {channels} pool1 maps, each slid under its own {size}×{size} slice of filter {number}: {terms} products per pixel, plus the bias {bias}. PyTorch: {code} (shape {channels}×{size}×{size}).</source>
      <translation>La carte {number} additionne les {channels} cartes pool1, chacune glissée sous sa propre tranche {size}×{size} du filtre {number} : {terms} produits par pixel, plus le biais {bias}. PyTorch : {code} (forme {channels}×{size}×{size}).</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>map {number}</source>
      <translation>carte {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>filter {number}</source>
      <translation>filtre {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>filter + bias</source>
      <translation>filtre + biais</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>ReLU keeps positive values and sets negative ones to 0: here {zeroed} of {total} pixels were negative and became 0 (the blue ones).</source>
      <translation>ReLU garde les valeurs positives et met les négatives à 0 : ici {zeroed} pixels sur {total} étaient négatifs et sont passés à 0 (les bleus).</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>2×2 max, stride 2</source>
      <translation>max 2×2, pas 2</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>pooled ({rows}×{cols})</source>
      <translation>après pooling ({rows}×{cols})</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>Max pooling keeps the largest value of each 2×2 block: the map halves in each direction, and a feature still counts after a one-pixel shift as long as it stays inside the same 2×2 block.</source>
      <translation>Le max pooling garde la plus grande valeur de chaque bloc 2×2 : la carte est divisée par deux dans chaque direction, et un motif compte encore après un décalage d'un pixel tant qu'il reste dans le même bloc 2×2.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>logit of digit {number}</source>
      <translation>logit du chiffre {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>unit {number}</source>
      <translation>unité {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>({count} values)</source>
      <translation>({count} valeurs)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>its {count} weights</source>
      <translation>ses {count} poids</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>weights + bias</source>
      <translation>poids + biais</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>value {value}</source>
      <translation>valeur {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>A fully connected unit multiplies each of its {count} inputs by its own weight and adds them with the bias {bias}: {value}. PyTorch: {code}.</source>
      <translation>Une unité entièrement connectée multiplie chacune de ses {count} entrées par son propre poids et les additionne avec le biais {bias} : {value}. PyTorch : {code}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>there is no map to inspect in {stage}.</source>
      <translation>il n'y a pas de carte à examiner dans {stage}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>The {device} device failed ({reason}); computing on the CPU.</source>
      <translation>L'appareil {device} a échoué ({reason}) ; calcul sur le CPU.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>test #{index}</source>
      <translation>test n° {index}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>MNIST test #{index}</source>
      <translation>test MNIST n° {index}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>digits go from 0 to 9, not {digit}.</source>
      <translation>les chiffres vont de 0 à 9, pas {digit}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>the test set has digits 0 to {last}, not {index}.</source>
      <translation>le jeu de test contient les chiffres n° 0 à {last}, pas {index}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Images and tensors</source>
      <translation>Images et tenseurs</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Convolution step by step</source>
      <translation>La convolution pas à pas</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Padding, stride and flipping</source>
      <translation>Bordure, pas et retournement</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Filters on photos</source>
      <translation>Filtres sur des photos</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Several filters and colour</source>
      <translation>Plusieurs filtres et la couleur</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Pooling</source>
      <translation>Pooling</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Activations and softmax</source>
      <translation>Activations et softmax</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>LeNet and counting parameters</source>
      <translation>LeNet et le compte des paramètres</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Training the network</source>
      <translation>Entraîner le réseau</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>More kinds of convolution</source>
      <translation>D'autres sortes de convolution</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>The slide printed {printed} {where}; the true value is {true}.</source>
      <translation>La diapositive indiquait {printed} {where} ; la vraie valeur est {true}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Filter {number}</source>
      <translation>Filtre {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>as the total of “{table}”</source>
      <translation>comme total de « {table} »</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} opens in the Steps view but has no input matrix.</source>
      <translation>{lesson} s'ouvre dans la vue Étapes mais n'a pas de matrice d'entrée.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} applies an activation; the Steps view shows the convolution or pooling only.</source>
      <translation>{lesson} applique une activation ; la vue Étapes montre seulement la convolution ou le pooling.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} transposes {channels} channels; the Steps view transposes one grid at a time.</source>
      <translation>{lesson} transpose {channels} canaux ; la vue Étapes transpose une grille à la fois.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} pools {channels} channels; the Steps view pools one grid at a time.</source>
      <translation>{lesson} applique le pooling à {channels} canaux ; la vue Étapes le fait sur une grille à la fois.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} needs one kernel slice per input channel for the Steps view.</source>
      <translation>{lesson} demande une tranche de noyau par canal d'entrée pour la vue Étapes.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} has a kernel factor; the Steps view steps colour kernels with plain weights.</source>
      <translation>{lesson} a un facteur de noyau ; la vue Étapes parcourt les noyaux en couleur avec des poids simples.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} needs exactly one 2-D kernel for the Steps view.</source>
      <translation>{lesson} demande exactement un noyau 2-D pour la vue Étapes.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} cannot be shown in the Steps view: {reason}.</source>
      <translation>{lesson} ne peut pas être montrée dans la vue Étapes : {reason}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} is a transposed convolution; open it in the Steps view, which shows the stamps.</source>
      <translation>{lesson} est une convolution transposée ; ouvrez-la dans la vue Étapes, qui montre les tampons.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} is a pooling lesson; open it in the Steps view, which shows pooling on its own.</source>
      <translation>{lesson} est une leçon de pooling ; ouvrez-la dans la vue Étapes, qui montre le pooling seul.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} opens in the convolution view but has no input or no kernel.</source>
      <translation>{lesson} s'ouvre dans la vue Convolution mais n'a pas d'entrée ou pas de noyau.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} has {channels} input channel(s) and kernels for {kernels}; the convolution view shows grey pictures with 2-D kernels and colour pictures with one slice per colour.</source>
      <translation>{lesson} a {channels} canal(aux) d'entrée et des noyaux pour {kernels} ; la vue Convolution montre les images en gris avec des noyaux 2-D et les images en couleur avec une tranche par couleur.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} has a kernel larger than {side}×{side}.</source>
      <translation>{lesson} a un noyau plus grand que {side}×{side}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} uses {activation}, which the convolution view does not apply to a feature map; show it as a concept lesson.</source>
      <translation>{lesson} utilise {activation}, que la vue Convolution n'applique pas à une carte de caractéristiques ; montrez-la comme leçon de notions.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source> of map {number}</source>
      <translation> de la carte {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>in {count} cells</source>
      <translation>dans {count} cellules</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>in {cells}</source>
      <translation>en {cells}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source> and </source>
      <translation> et </translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Lesson {number} (“{title}”)</source>
      <translation>Leçon {number} (« {title} »)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} has a different {what} per axis; the Steps view takes one {what}.</source>
      <translation>{lesson} utilise une valeur de {what} différente selon l'axe ; la vue Étapes n'accepte qu'une seule valeur de {what}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/map_mosaic.py" />
      <source>a map grid shows (count, height, width) arrays, not shape {shape}.</source>
      <translation>une grille de cartes montre des tableaux (nombre, hauteur, largeur), pas de forme {shape}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/map_mosaic.py" />
      <source>{ranges} colour ranges for {count} maps.</source>
      <translation>{ranges} plages de couleurs pour {count} cartes.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/map_mosaic.py" />
      <source>each colour range must run from a lower to a higher value.</source>
      <translation>chaque plage de couleurs doit aller d'une valeur plus basse à une valeur plus haute.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/model_choice.py" />
      <source>a network choice is one of {choices}, not {key}.</source>
      <translation>un choix de réseau est l'un de {choices}, pas {key}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/model_choice.py" />
      <source>there is no {key} network to show yet.</source>
      <translation>il n'y a pas encore de réseau {key} à montrer.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/receptive_field.py" />
      <source>the first layer's map is {rows}×{cols}, smaller than the second {krows}×{kcols} kernel; use a bigger input</source>
      <translation>la carte de la première couche fait {rows}×{cols}, moins que le second noyau {krows}×{kcols} ; utilisez une entrée plus grande</translation>
    </message>
    <message>
      <location filename="../../convviz/state/receptive_field.py" />
      <source>a second layer is shown for a grey convolution; switch off pooling or colour first</source>
      <translation>une deuxième couche s'affiche pour une convolution en gris ; désactivez d'abord le pooling ou la couleur</translation>
    </message>
    <message>
      <location filename="../../convviz/state/receptive_field.py" />
      <source>the first layer has no output for a second kernel to slide over</source>
      <translation>la première couche n'a pas de sortie sur laquelle faire glisser un second noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/state/receptive_field.py" />
      <source>the first output is {rows}×{cols}, smaller than the {krows}×{kcols} second kernel; use a bigger input</source>
      <translation>la première sortie fait {rows}×{cols}, moins que le second noyau {krows}×{kcols} ; utilisez une entrée plus grande</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Draw</source>
      <translation>Dessiner</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Draw a stroke</source>
      <translation>Dessiner un trait</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Erase a stroke</source>
      <translation>Effacer un trait</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Clear the drawing</source>
      <translation>Effacer le dessin</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Change the picture</source>
      <translation>Changer l'image</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>the largest of {values}</source>
      <translation>le plus grand de {values}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>{sum}, divided by {count}</source>
      <translation>{sum}, divisé par {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>minus {number}</source>
      <translation>moins {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>minus</source>
      <translation>moins</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>times</source>
      <translation>fois</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>plus</source>
      <translation>plus</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>Step {step} of {count}: output {cell} equals {value}.</source>
      <translation>Étape {step} sur {count} : la sortie {cell} égale {value}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>Channel sums plus bias: {sum}</source>
      <translation>Sommes des canaux plus biais : {sum}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>{sum}, times {factor}</source>
      <translation>{sum}, fois {factor}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>Step {step} of {count}: input {cell}, {value}, times the kernel is added into the output.</source>
      <translation>Étape {step} sur {count} : entrée {cell}, {value}, fois le noyau, s'ajoute à la sortie.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_text.py" />
      <source>red</source>
      <translation>rouge</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_text.py" />
      <source>green</source>
      <translation>vert</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_text.py" />
      <source>blue</source>
      <translation>bleu</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_text.py" />
      <source>channels + bias:</source>
      <translation>canaux + biais :</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>padding {padding} is unknown; give a number of cells, “same” or “valid”</source>
      <translation>la bordure {padding} est inconnue ; donnez un nombre de cellules, « same » ou « valid »</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a transposed convolution</source>
      <translation>une convolution transposée</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>“{padding}” padding is for convolutions; {what} takes a number of cells</source>
      <translation>la bordure « {padding} » est pour les convolutions ; {what} prend un nombre de cellules</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>padding is one number for every side or two (rows, columns)</source>
      <translation>la bordure est un seul nombre pour tous les côtés, ou deux (lignes, colonnes)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a transposed convolution in the Steps view takes one padding for every side</source>
      <translation>une convolution transposée dans la vue Étapes prend une seule bordure pour tous les côtés</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>rows × columns</source>
      <translation>lignes × colonnes</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>channels × rows × columns</source>
      <translation>canaux × lignes × colonnes</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>filters × channels × rows × columns</source>
      <translation>filtres × canaux × lignes × colonnes</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source> or </source>
      <translation> ou </translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} is {shape}; the Steps view shows at most {side}×{side} ({expected})</source>
      <translation>{what} fait {shape} ; la vue Étapes montre au plus {side}×{side} ({expected})</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} must be a grid of numbers ({expected})</source>
      <translation>{what} doit être une grille de nombres ({expected})</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} must be a non-empty grid of numbers ({expected})</source>
      <translation>{what} doit être une grille de nombres non vide ({expected})</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} contains NaN or infinity; every cell must be a finite number</source>
      <translation>{what} contient NaN ou l'infini ; chaque cellule doit être un nombre fini</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} is {rows}×{columns}; the Steps view shows at most {side}×{side}</source>
      <translation>{what} fait {rows}×{columns} ; la vue Étapes montre au plus {side}×{side}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} has {channels} channels; the Steps view shows at most {most}</source>
      <translation>{what} a {channels} canaux ; la vue Étapes en montre au plus {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} has {filters} filters; the Steps view steps through at most {most}</source>
      <translation>{what} a {filters} filtres ; la vue Étapes en parcourt au plus {most}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>unknown mode {mode}; choose one of {modes}</source>
      <translation>mode inconnu {mode} ; choisissez parmi {modes}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the input</source>
      <translation>l'entrée</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the kernel</source>
      <translation>le noyau</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>"flip" must be true or false, not {value}</source>
      <translation>"flip" doit être true ou false, pas {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the input has {channels} channels, so the kernel needs one slice per channel</source>
      <translation>l'entrée a {channels} canaux, le noyau a donc besoin d'une tranche par canal</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the kernel has {slices} channel slice(s) but the input has {channels} channel(s); they must be equal</source>
      <translation>le noyau a {slices} tranche(s) de canal mais l'entrée a {channels} canal(aux) ; ils doivent être en même nombre</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the Steps view pools one grid at a time; pick one channel of the input to pool</source>
      <translation>la vue Étapes applique le pooling à une grille à la fois ; choisissez un canal de l'entrée</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the Steps view transposes one grid at a time; pick one channel of the input</source>
      <translation>la vue Étapes transpose une grille à la fois ; choisissez un canal de l'entrée</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the Steps view transposes with one kernel grid; pick one filter</source>
      <translation>la vue Étapes transpose avec une seule grille de noyau ; choisissez un filtre</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a bias must be a number, one per filter</source>
      <translation>un biais doit être un nombre, un par filtre</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>there are {filters} filter(s) but {biases} bias value(s); give one per filter</source>
      <translation>il y a {filters} filtre(s) mais {biases} valeur(s) de biais ; donnez-en une par filtre</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a bias is NaN or infinity; every bias must be a finite number</source>
      <translation>un biais vaut NaN ou l'infini ; chaque biais doit être un nombre fini</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a kernel with a factor written apart (like 1/9) takes no bias in the Steps view</source>
      <translation>un noyau avec un facteur écrit à part (comme 1/9) ne prend pas de biais dans la vue Étapes</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>filter {filter} does not exist; choose 0 to {last}</source>
      <translation>le filtre {filter} n'existe pas ; choisissez de 0 à {last}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>“{kind}” padding</source>
      <translation>bordure « {kind} »</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source> (top {top}, bottom {bottom}, left {left}, right {right})</source>
      <translation> (haut {top}, bas {bottom}, gauche {left}, droite {right})</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>padded by {cells}</source>
      <translation>bordure de {cells}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>1 row</source>
      <translation>1 ligne</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{count} rows</source>
      <translation>{count} lignes</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>1 column</source>
      <translation>1 colonne</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{count} columns</source>
      <translation>{count} colonnes</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>padded by {rows} and {columns}</source>
      <translation>bordure de {rows} et {columns}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Vertical edge, 6×6 (slides)</source>
      <translation>Contour vertical, 6×6 (cours)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Stride 2 on 7×7 (slides)</source>
      <translation>Pas 2 sur 7×7 (cours)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Padding 1 on 6×6</source>
      <translation>Bordure 1 sur 6×6</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Max pooling 2×2, 4×4 (slides)</source>
      <translation>Max pooling 2×2, 4×4 (cours)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Average pooling 2×2, 4×4</source>
      <translation>Pooling moyen 2×2, 4×4</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Colour 6×6×3, three filters (slides)</source>
      <translation>Couleur 6×6×3, trois filtres (cours)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Transposed 3×3, stride 2 (upsampling)</source>
      <translation>Transposée 3×3, pas 2 (suréchantillonnage)</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>These settings give no output cells.</source>
      <translation>Ces réglages ne donnent aucune cellule de sortie.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>output rows = {formula}</source>
      <translation>lignes de sortie = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>output columns = {formula}</source>
      <translation>colonnes de sortie = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/units.py" />
      <source>class score of {digit}</source>
      <translation>score de la classe {digit}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/units.py" />
      <source>no test digit has been read yet.</source>
      <translation>aucun chiffre de test n'a encore été lu.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/units.py" />
      <source>{layer} has no unit number {unit}; its units are numbered 1 to {count}.</source>
      <translation>{layer} n'a pas d'unité numéro {unit} ; ses unités sont numérotées de 1 à {count}.</translation>
    </message>
    <message>
      <location filename="../../convviz/state/units.py" />
      <source>a chunk holds at least one step, not {chunk}.</source>
      <translation>un bloc contient au moins une étape, pas {chunk}.</translation>
    </message>
    <message>
      <source>How many times the training goes through all 60,000 training digits</source>
      <translation type="vanished">Combien de fois l'entraînement parcourt les 60 000 chiffres d'entraînement</translation>
    </message>
    <message>
      <source>loading the digits…</source>
      <translation type="vanished">chargement des chiffres…</translation>
    </message>
    <message>
      <source>— the orange cells on the input are the ones it reads (pink: padding).</source>
      <translation type="vanished">— les cellules orange de l'entrée sont celles qu'il lit (rose : bordure).</translation>
    </message>
    <message>
      <source>pen</source>
      <translation type="vanished">stylo</translation>
    </message>
    <message>
      <source>Products, sum {total}</source>
      <translation type="vanished">Produits, somme {total}</translation>
    </message>
    <message>
      <source>, turned 180°</source>
      <translation type="vanished">, tourné de 180°</translation>
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
&lt;h2&gt;convviz en cinq minutes&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;Choisissez une image&lt;/b&gt; : Fichier ▸ Ouvrir un exemple, Fichier ▸ Ouvrir une image… (Ctrl+O), déposez un fichier sur la
fenêtre, ou collez-en une (Ctrl+V).&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Convolution&lt;/b&gt; (Ctrl+1) : changez les nombres du noyau (double-clic sur une cellule), choisissez un préréglage,
changez le pas, la bordure et la dilatation, et regardez la carte de caractéristiques suivre. La formule sous
« Faire glisser la fenêtre » dit pourquoi la carte a cette taille.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Cliquez un pixel&lt;/b&gt; de la carte de caractéristiques : les cellules qu'il lit s'allument sur l'entrée et le
panneau des produits montre sa somme, terme à terme. Le panneau PyTorch montre le même calcul
avec &lt;code&gt;F.conv2d&lt;/code&gt; et vérifie qu'il donne la même carte.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;L'activation et le pooling&lt;/b&gt; suivent la convolution, chacun avec sa carte : le chemin d'une
couche de CNN, convolution → activation → pooling.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Étapes&lt;/b&gt; (Ctrl+2) fait glisser la fenêtre position par position, chaque nombre visible ;
&lt;b&gt;LeNet&lt;/b&gt; (Ctrl+3) montre un réseau entraîné qui lit un chiffre que vous dessinez.&lt;/li&gt;
&lt;/ol&gt;
&lt;h3&gt;Enseigner avec&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Leçons&lt;/b&gt; : les exemples corrigés et les notions du cours, chargés dans la bonne vue avec une courte
explication (Alt+numéro, ou les touches numériques en présentation). Leçons ▸ Ouvrir un fichier de leçon… (Ctrl+L)
ouvre une leçon écrite par l'enseignant.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Exercices&lt;/b&gt; : prédire, puis révéler — masquez les cellules de sortie (H), révélez-en une (R) ou toutes
(Maj+R) ; demandez la taille de la sortie (O) ; laissez la classe deviner le chiffre avant les probabilités.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Présentation&lt;/b&gt; (F11) : plein écran, nombres plus grands, Espace lance la lecture, les flèches avancent pas à pas, +/− changent
la vitesse, P affiche un cercle autour du pointeur. Page suivante / Page précédente d'une télécommande avancent pas à pas, puis passent à la leçon
suivante / précédente ; B ou . noircit l'écran (B à nouveau le rétablit). Affichage ▸ Thème propose clair, sombre et
contraste élevé.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Export&lt;/b&gt; (Fichier ▸ Exporter) : une vue ou une seule carte en PNG, la fenêtre glissante en GIF ou
APNG, des matrices en CSV.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Sessions&lt;/b&gt; : Fichier ▸ Enregistrer la session (Ctrl+S) garde l'image, les noyaux, les réglages, l'étape et
les filtres modifiés ; Édition ▸ Annuler (Ctrl+Z) et Rétablir annulent chaque modification.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Modèle&lt;/b&gt; : entraînez LeNet vous-même, demandez &lt;i&gt;Pourquoi ce chiffre ?&lt;/i&gt;, parcourez la matrice de confusion
ou ouvrez votre propre petit modèle.&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;Conventions, les mêmes dans chaque vue&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;Les couleurs suivent ce qu'une grandeur peut valoir&lt;/b&gt;, jamais ce qu'une image donne par hasard. Les valeurs qui peuvent être
négatives — noyaux et poids, produits, la sortie d'une convolution (même quand cette image ne donne aucune valeur négative),
logits, tanh ou leaky ReLU — sont bleues si négatives, blanches à zéro, orange si positives. Les valeurs qui
ne peuvent pas être négatives — après ReLU ou une sigmoïde, leur pooling, les probabilités — utilisent viridis (violet foncé = bas,
jaune = haut). Les images sont en gris. Les grilles de la vue Étapes, les cartes et les fichiers exportés utilisent les mêmes couleurs ; chaque
carte a une barre de couleurs graduée et chaque cellule affiche son nombre : la couleur n'est jamais le seul indice.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Lignes et colonnes sont comptées à partir de 1&lt;/b&gt;, comme les diapositives écrivent une matrice : la cellule en haut à gauche est la ligne 1, colonne 1.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;La taille de sortie&lt;/b&gt; s'écrit comme dans les diapositives, ⌊(n + 2p − f) / s⌋ + 1 ; avec une dilatation d le noyau couvre
f = d·(f − 1) + 1 cellules, et la forme dilatée ⌊(n + 2p − d·(f − 1) − 1) / s⌋ + 1 est affichée à côté.&lt;/li&gt;
&lt;li&gt;&lt;b&gt;Le facteur d'un noyau s'écrit à part&lt;/b&gt;, comme les diapositives écrivent « ±1, puis ÷ 9 » : des cellules entières avec « × 1/9 » à côté de
la grille ; les produits sont d'abord additionnés, puis la somme est multipliée par le facteur.&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;Survolez une carte pour lire ses valeurs.&lt;/p&gt;
</translation>
    </message>
  </context>
</TS>
