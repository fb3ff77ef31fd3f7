<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>convviz</name>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>size must look like 1600x1000, not {text!r}</source>
      <translation>大小必须写成 1600x1000 这样的形式，而不是 {text!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>screenshots are at least {width}x{height}</source>
      <translation>截图至少为 {width}x{height}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>--lesson takes a lesson number such as 16, not {text!r}</source>
      <translation>--lesson 需要一个课程编号，例如 16，而不是 {text!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>lessons are numbered from 1, so there is no lesson {number}</source>
      <translation>课程从 1 开始编号，因此没有第 {number} 课</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>there is no theme {text!r}; choose one of {choices}</source>
      <translation>没有名为 {text!r} 的主题；请从 {choices} 中选择</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>there is no language {text!r}; choose one of {choices}</source>
      <translation>没有名为 {text!r} 的语言；请从 {choices} 中选择</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>usage: </source>
      <translation>用法：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>unrecognized arguments: {arguments}</source>
      <translation>无法识别的参数：{arguments}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{option} needs a value after it</source>
      <translation>{option} 后面需要一个值</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{option} is a switch and takes no value (got {value})</source>
      <translation>{option} 是开关选项，不接受值（收到 {value}）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{option} is short for several options ({choices}); write it out</source>
      <translation>{option} 是多个选项的缩写（{choices}）；请写出完整名称</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{option}: {problem}</source>
      <translation>{option}：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>{program}: error: {message}</source>
      <translation>{program}：错误：{message}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>See convolutional neural networks work.</source>
      <translation>看卷积神经网络如何工作。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>options</source>
      <translation>选项</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>show this help and exit</source>
      <translation>显示此帮助并退出</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>PATH</source>
      <translation>PATH</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>open this picture at start</source>
      <translation>启动时打开这张图片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>NAME</source>
      <translation>NAME</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>start on this view: {views}</source>
      <translation>启动时显示此视图：{views}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>render --view offscreen to this PNG and exit</source>
      <translation>在屏幕外把 --view 渲染为此 PNG 文件并退出</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>screenshot size, e.g. 1600x1000</source>
      <translation>截图大小，例如 1600x1000</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>add convviz to this user's application menu (Linux) and exit</source>
      <translation>把 convviz 添加到当前用户的应用程序菜单（Linux）并退出</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>remove what --install-desktop-entry added and exit</source>
      <translation>删除 --install-desktop-entry 添加的内容并退出</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>open in presentation mode (F11)</source>
      <translation>以演示模式打开（F11）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>open built-in lesson N in its view</source>
      <translation>在对应视图中打开内置的第 N 课</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>system, light, dark or high-contrast, for this run only (the saved choice stays)</source>
      <translation>system、light、dark 或 high-contrast，仅对本次运行有效（已保存的选择保持不变）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>LANG</source>
      <translation>LANG</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>system, en, de, es, fr or zh_CN, for this run only (the saved choice stays)</source>
      <translation>system、en、de、es、fr 或 zh_CN，仅对本次运行有效（已保存的选择保持不变）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: there is no view called {view!r}; choose one of {choices}.</source>
      <translation>convviz：没有名为 {view!r} 的视图；请从 {choices} 中选择。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: {problem}</source>
      <translation>convviz：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: --screenshot needs --view NAME (for example --view convolution) or --lesson N.</source>
      <translation>convviz：--screenshot 需要 --view NAME（例如 --view convolution）或 --lesson N。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: the {view!r} view is not installed in this version.</source>
      <translation>convviz：此版本没有安装 {view!r} 视图。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: desktop entries are a Linux (freedesktop) feature; on this system, start convviz from a terminal or make a shortcut to it.</source>
      <translation>convviz：桌面启动项是 Linux（freedesktop）的功能；在此系统上，请从终端启动 convviz，或为它创建快捷方式。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: added {entry} and its icon {icon}; remove them with --uninstall-desktop-entry.</source>
      <translation>convviz：已添加 {entry} 及其图标 {icon}；可用 --uninstall-desktop-entry 删除它们。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: removed {files}</source>
      <translation>convviz：已删除 {files}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: removed nothing (no entry was there).</source>
      <translation>convviz：没有删除任何内容（原本就没有启动项）。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: could not change the desktop entry: {reason}.</source>
      <translation>convviz：无法修改桌面启动项：{reason}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>there is no lesson {number}; the built-in lessons are numbered {first} to {last}.</source>
      <translation>没有第 {number} 课；内置课程的编号为 {first} 到 {last}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>--image and --lesson both choose the picture; lesson {number} brings its own, so give one.</source>
      <translation>--image 和 --lesson 都会选择图片；第 {number} 课自带图片，因此请只给出其中一个。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>lesson {number} is shown in the {view} view, not the {asked} view; leave out --view.</source>
      <translation>第 {number} 课显示在 {view} 视图中，而不是 {asked} 视图；请去掉 --view。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>lesson {number} is shown in the lesson panel (it is a concept lesson), not the {asked} view; leave out --view.</source>
      <translation>第 {number} 课显示在课程面板中（它是概念课），而不是 {asked} 视图；请去掉 --view。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: there is no file {path}; check the name and the folder.</source>
      <translation>convviz：没有文件 {path}；请检查文件名和文件夹。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: {path} is a folder; --image needs a picture file.</source>
      <translation>convviz：{path} 是文件夹；--image 需要一个图片文件。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: {path} cannot be read (no permission to read it).</source>
      <translation>convviz：无法读取 {path}（没有读取权限）。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>could not open {path}: {reason}</source>
      <translation>无法打开 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: lesson {number} did not finish within {seconds:.0f} s.</source>
      <translation>convviz：第 {number} 课未能在 {seconds:.0f} 秒内完成。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: the {view} view did not finish within {seconds:.0f} s.</source>
      <translation>convviz：{view} 视图未能在 {seconds:.0f} 秒内完成。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: the {width}x{height} window could not hold this view: its layout needs {need_width}x{need_height}, so the picture is {got_width}x{got_height}.</source>
      <translation>convviz：{width}x{height} 的窗口容纳不下此视图：它的布局需要 {need_width}x{need_height}，因此画面为 {got_width}x{got_height}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: could not write the screenshot to {path}.</source>
      <translation>convviz：无法把截图写入 {path}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main.py" />
      <source>convviz: saved {width}x{height} screenshot of the window to {path}</source>
      <translation>convviz：已将窗口的 {width}x{height} 截图保存到 {path}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Pictures</source>
      <translation>图片</translation>
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
&lt;h2&gt;五分钟了解 convviz&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;选择一张图片&lt;/b&gt;：文件 ▸ 打开示例、文件 ▸ 打开图片…（Ctrl+O），把文件拖到窗口上，或粘贴一张（Ctrl+V）。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;卷积&lt;/b&gt;（Ctrl+1）：修改卷积核的数字（双击单元格），选择预设，修改步幅、填充和膨胀，观察特征图随之变化。
“滑动窗口”下方的公式说明了图为什么是这个大小。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;点击特征图上的一个像素&lt;/b&gt;：它读取的单元格会在输入上亮起，乘积面板逐项显示它的求和。
PyTorch 面板用 &lt;code&gt;F.conv2d&lt;/code&gt; 做同样的计算，并检查结果是否是同一张图。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;激活和池化&lt;/b&gt;紧随卷积之后，各有自己的图：这就是 CNN 一层的流程，卷积 → 激活 → 池化。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;逐步&lt;/b&gt;（Ctrl+2）让窗口一次移动一个位置，每个数字都可见；
&lt;b&gt;LeNet&lt;/b&gt;（Ctrl+3）展示一个已训练的网络识别你画的数字。&lt;/li&gt;
&lt;/ol&gt;
&lt;h3&gt;用它来教学&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;课程&lt;/b&gt;：课程中的例题和概念，连同简短讲解载入合适的视图（Alt+编号，演示时直接按数字键）。
课程 ▸ 打开课程文件…（Ctrl+L）可打开教师自己编写的课程。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;练习&lt;/b&gt;：先预测，再揭晓 —— 隐藏输出单元格（H），揭晓一个（R）或全部（Shift+R）；
询问输出大小（O）；在显示概率之前让全班猜数字。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;演示&lt;/b&gt;（F11）：全屏、更大的数字，空格键播放，方向键单步，+/− 调整速度，P 显示指针高亮。
翻页笔的 Page Down / Page Up 先单步，再切换到下一课 / 上一课；B 或 . 使屏幕变黑（再按 B 恢复）。
视图 ▸ 主题提供浅色、深色和高对比度。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;导出&lt;/b&gt;（文件 ▸ 导出）：把视图或单张图导出为 PNG，滑动窗口导出为 GIF 或 APNG，矩阵导出为 CSV。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;会话&lt;/b&gt;：文件 ▸ 保存会话（Ctrl+S）保存图片、卷积核、设置、当前步骤和编辑过的滤波器；
编辑 ▸ 撤销（Ctrl+Z）和重做可撤销每一次修改。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;模型&lt;/b&gt;：自己训练 LeNet，问一问&lt;i&gt;为什么是这个数字？&lt;/i&gt;，浏览混淆矩阵，或打开你自己的小模型。&lt;i&gt;班级数字&lt;/i&gt;（Ctrl+Shift+D）：画出你们班自己写的数字，
按下每个数字对应的键，看网络如何识别它们（与 MNIST 对比），并用它们微调网络。&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;约定，所有视图一致&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;颜色取决于一个量可能的取值&lt;/b&gt;，而不是某张图片碰巧给出的值。可能为负的值 —— 卷积核和权重、乘积、
卷积的输出（即使这张图片没有给出负值）、logit、tanh 或 leaky ReLU —— 负为蓝色，零为白色，正为橙色。
不可能为负的值 —— ReLU 或 sigmoid 之后的值、它们的池化、概率 —— 使用 viridis（深紫 = 低，黄 = 高）。
图片为灰度。逐步视图的网格、各张图和导出的文件使用相同的颜色；每张图都有带数字的色条，每个单元格都显示数字，
因此颜色从来不是唯一的线索。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;行和列从 1 开始计数&lt;/b&gt;，与课件书写矩阵的方式一致：左上角的单元格是第 1 行第 1 列。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;输出大小&lt;/b&gt;按课件的写法表示为 ⌊(n + 2p − f) / s⌋ + 1；膨胀为 d 时，卷积核跨越 f = d·(f − 1) + 1 个单元格，
旁边还会显示膨胀形式 ⌊(n + 2p − d·(f − 1) − 1) / s⌋ + 1。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;卷积核的系数单独书写&lt;/b&gt;，与课件写“±1，再 ÷ 9”一致：网格中是整数，旁边写“× 1/9”；
先把乘积相加，再把和乘以系数。&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;把鼠标悬停在任意一张图上即可读取数值。&lt;/p&gt;
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
&lt;h3&gt;键盘与屏幕阅读器&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;不用鼠标&lt;/b&gt;：Tab 和 Shift+Tab 在控件之间移动；高亮色的粗环显示按键作用的位置。
Alt 打开菜单（Alt + 带下划线的字母）。Ctrl+1、Ctrl+2、Ctrl+3 切换视图。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;数字网格&lt;/b&gt;：方向键在单元格之间移动；输入数字，或按 Enter 或 F2 来修改单元格，
Enter 确认，Esc 取消；Tab 依次经过卷积核或输入网格的各个单元格，然后离开网格。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;图&lt;/b&gt;：特征图获得焦点时，方向键选择一个像素，并像点击一样逐项显示它的和；
在 LeNet 视图中，方向键选择要查看的图或单元。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;逐步&lt;/b&gt;：空格键播放或暂停，方向键单步，Home/End 跳到第一步/最后一步，+ 和 − 调整速度。
屏幕阅读器会读出每一步的算式，“输出第 2 行第 3 列等于 …”。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;LeNet&lt;/b&gt;：绘图需要鼠标或手写笔；用键盘时，在&lt;b&gt;测试数字&lt;/b&gt;旁的下拉框中选择“0”…“9”，
再按“测试数字”（空格键），或打开一张数字照片。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;视图 ▸ 减少动态效果&lt;/b&gt;：没有任何东西会自己动（不自动播放，菜单不滑动）；步骤只在你要求时出现。
下次启动时保持此设置。&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;全部快捷键&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;文件&lt;/b&gt;：Ctrl+O 打开图片 · Ctrl+V 粘贴图片 · Ctrl+S 保存会话 · Ctrl+Shift+S 会话另存为 ·
Ctrl+Alt+O 打开会话 · Ctrl+Q 退出。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;编辑&lt;/b&gt;：Ctrl+Z 撤销（也可 Alt+Backspace）· Ctrl+Shift+Z 或 Ctrl+Y 重做（也可 Alt+Shift+Backspace）。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;视图&lt;/b&gt;：Ctrl+1 卷积 · Ctrl+2 逐步 · Ctrl+3 LeNet · F11 演示模式 · Ctrl+Shift+P 指针高亮
（演示时按 P）· 演示时按 B 使屏幕变黑。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;课程&lt;/b&gt;：Alt+编号 打开一节课 · Alt+右 / Alt+左 下一课 / 上一课 · Ctrl+L 打开课程文件。
&lt;b&gt;练习&lt;/b&gt;：H 隐藏答案 · R 揭晓下一个 · Shift+R 全部揭晓 · O 询问输出大小。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;模型&lt;/b&gt;：Ctrl+T 训练 LeNet · Ctrl+Shift+W 为什么是这个数字？ · Ctrl+Shift+M 混淆矩阵 ·
Ctrl+Shift+U 每个单元在寻找什么 · Ctrl+Shift+O 打开你自己的模型。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;帮助&lt;/b&gt;：F1 本指南。&lt;/li&gt;
&lt;/ul&gt;
</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&lt;p&gt;&lt;b&gt;Floating panels&lt;/b&gt;: on a narrow window the model panels float as windows of their own, outside the Tab order. F6 (Model ▸ Go to the floating panel) moves the keyboard into the first, on to the next, and from the last back to the main window.&lt;/p&gt;</source>
      <translation>&lt;p&gt;&lt;b&gt;浮动面板&lt;/b&gt;：窗口较窄时，模型面板会作为独立窗口浮动，不在 Tab 顺序中。F6（模型 ▸ 转到浮动面板）把键盘焦点移入第一个面板，再移到下一个，从最后一个回到主窗口。&lt;/p&gt;</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Convolution</source>
      <translation>卷积</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Steps</source>
      <translation>逐步</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Loading the {view} view…</source>
      <translation>正在加载{view}视图…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>see convolutional networks work</source>
      <translation>看卷积网络如何工作</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>No views are installed.</source>
      <translation>没有安装任何视图。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Compute</source>
      <translation>计算</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Compute on:</source>
      <translation>计算设备：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Where the views compute: the CPU, or a GPU when one is present</source>
      <translation>视图在哪里计算：CPU，或有 GPU 时用 GPU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>compute device</source>
      <translation>计算设备</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Open image…</source>
      <translation>打开图片(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Open &amp;sample</source>
      <translation>打开示例(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Paste picture</source>
      <translation>粘贴图片(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Recent files</source>
      <translation>最近文件(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>{view} (not installed yet)</source>
      <translation>{view}（尚未安装）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Full screen</source>
      <translation>全屏(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;Guide</source>
      <translation>指南(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>&amp;About convviz</source>
      <translation>关于 convviz(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Where the last update was computed and how long it took</source>
      <translation>上次更新在哪里计算、耗时多久</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Loading…</source>
      <translation>正在加载…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Ready.</source>
      <translation>就绪。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>The {view} view could not start: {problem}</source>
      <translation>{view}视图无法启动：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>The {view} view could not start:</source>
      <translation>{view}视图无法启动：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Open a picture</source>
      <translation>打开图片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Opening {file}…</source>
      <translation>正在打开 {file}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Could not paste: {problem} The previous picture stays.</source>
      <translation>无法粘贴：{problem} 保留之前的图片。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>The clipboard holds no picture: copy an image or a picture file first.</source>
      <translation>剪贴板中没有图片：请先复制图片或图片文件。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>colour</source>
      <translation>彩色</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>grey</source>
      <translation>灰度</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Picture: {picture} ({w}×{h}, {kind}).</source>
      <translation>图片：{picture}（{w}×{h}，{kind}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Could not open that picture: {problem} The previous picture stays.</source>
      <translation>无法打开该图片：{problem} 保留之前的图片。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Clear the list</source>
      <translation>清空列表</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>(none yet)</source>
      <translation>（暂无）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>convviz guide</source>
      <translation>convviz 指南</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>About convviz</source>
      <translation>关于 convviz</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>{name} is a folder, not a picture.</source>
      <translation>{name} 是文件夹，不是图片。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>not loaded yet</source>
      <translation>尚未加载</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>compute devices</source>
      <translation>计算设备</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>See convolutional neural networks work: live convolution, the sliding window step by step, and a trained LeNet layer by layer. MIT licence.</source>
      <translation>看卷积神经网络如何工作：实时卷积、逐步滑动的窗口，以及逐层展示的已训练 LeNet。MIT 许可证。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>Data shipped with convviz</source>
      <translation>convviz 附带的数据</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>known once torch has loaded</source>
      <translation>torch 加载后可知</translation>
    </message>
    <message>
      <location filename="../../convviz/app/main_window.py" />
      <source>CPU ({threads} threads)</source>
      <translation>CPU（{threads} 个线程）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/platform_check.py" />
      <source>convviz: Qt cannot open a window here: the system lacks {libraries}.</source>
      <translation>convviz：Qt 无法在这里打开窗口：系统缺少 {libraries}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/platform_check.py" />
      <source>Install them, then start convviz again:</source>
      <translation>请安装它们，然后重新启动 convviz：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/platform_check.py" />
      <source>(Without a desktop, QT_QPA_PLATFORM=offscreen runs convviz's screenshots and tests.)</source>
      <translation>（没有桌面时，可用 QT_QPA_PLATFORM=offscreen 运行 convviz 的截图和测试。）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;System</source>
      <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;Light</source>
      <translation>浅色(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;Dark</source>
      <translation>深色(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;High contrast</source>
      <translation>高对比度(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>&amp;Theme</source>
      <translation>主题(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>Light or dark, as the desktop is set; follows it when it changes</source>
      <translation>跟随桌面的浅色或深色设置，并随之变化</translation>
    </message>
    <message>
      <location filename="../../convviz/app/theme.py" />
      <source>Pure black on white, no grey text: best on a washed-out projector</source>
      <translation>纯黑配纯白，无灰色文字：最适合发白的投影仪</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/accessibility/reduced_motion.py" />
      <source>Reduce &amp;motion</source>
      <translation>减少动态效果(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/accessibility/reduced_motion.py" />
      <source>Nothing moves by itself: no autoplay of the steps, no sliding or fading menus</source>
      <translation>没有任何东西会自己动：步骤不自动播放，菜单不滑动也不淡入淡出</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/fine_tune_runner.py" />
      <source>Fine-tuning failed: {error}</source>
      <translation>微调失败：{error}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Class digits</source>
      <translation>班级数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{value}%</source>
      <translation>{value}%</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>every layer (conv1 … fc3)</source>
      <translation>所有层（conv1 … fc3）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>the last layer ({name})</source>
      <translation>最后一层（{name}）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>the last {count} layers ({names})</source>
      <translation>最后 {count} 层（{names}）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{count} class digits that are {true}s, read right</source>
      <translation>{count} 个实为 {true} 的班级数字，识别正确</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{count} class digits that are {true}s, read as {predicted} · click to list them</source>
      <translation>{count} 个实为 {true} 的班级数字，被识别为 {predicted} · 点击列出它们</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Does the network read &lt;b&gt;your class's&lt;/b&gt; handwriting? Draw a digit, then press its key (0–9). Save the collection; a teacher merges the files of every machine.</source>
      <translation>网络能读懂&lt;b&gt;你们班&lt;/b&gt;的手写吗？画一个数字，然后按它对应的键（0–9）。保存这组数字；由老师合并每台电脑上的文件。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Draw and label</source>
      <translation>绘制并标注</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Draw one digit, then press its key (0–9) or click its button</source>
      <translation>画一个数字，然后按它对应的键（0–9）或点击它的按钮</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>This drawing is a {digit} (key {digit})</source>
      <translation>这幅画是 {digit}（按键 {digit}）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Undo stroke</source>
      <translation>撤销笔画</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Remove last digit</source>
      <translation>删除最后一个数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Take back the digit added last (labelled by mistake)</source>
      <translation>撤回最后添加的数字（标错时）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Add from files…</source>
      <translation>从文件添加…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Merge class digits files (from several machines): a digit in two files is kept once</source>
      <translation>合并（来自多台电脑的）班级数字文件：两个文件中相同的数字只保留一次</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Save as…</source>
      <translation>另存为…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Start over</source>
      <translation>重新开始</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Empty the collection (the files saved stay as they are)</source>
      <translation>清空这组数字（已保存的文件保持不变）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Then press its key, or click:</source>
      <translation>然后按它对应的键，或点击：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>How the network reads them</source>
      <translation>网络如何识别它们</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Fine-tune on the class digits</source>
      <translation>用班级数字微调</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Only these layers learn; the others keep the weights you see</source>
      <translation>只有这些层学习；其余层保持你看到的权重</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source> epochs</source>
      <translation> 轮</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Fine-tune</source>
      <translation>微调</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>A quarter of each digit's drawings is kept aside to measure on; the network learns from the rest</source>
      <translation>每个数字的画中留出四分之一用于测量；网络从其余部分学习</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Stop</source>
      <translation>停止</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Learns from the class digits, starting from the weights shown.</source>
      <translation>从班级数字中学习，以当前显示的权重为起点。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>read right</source>
      <translation>识别正确</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>before</source>
      <translation>之前</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>after</source>
      <translation>之后</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>change</source>
      <translation>变化</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Show the fine-tuned network in the explorer</source>
      <translation>在浏览器中显示微调后的网络</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Draw a digit first, then press its key.</source>
      <translation>请先画一个数字，再按它对应的键。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Added a {digit}: {count} class digits.</source>
      <translation>已添加一个 {digit}：共 {count} 个班级数字。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Took back the last digit: {count} class digits.</source>
      <translation>已撤回最后一个数字：共 {count} 个班级数字。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Start over?</source>
      <translation>重新开始？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>The {count} class digits are not saved. Empty the collection anyway?</source>
      <translation>这 {count} 个班级数字尚未保存。仍要清空吗？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>No class digits yet.</source>
      <translation>还没有班级数字。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{digit}: {count}</source>
      <translation>{digit}：{count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>&lt;b&gt;{count}&lt;/b&gt; class digits · {each}</source>
      <translation>&lt;b&gt;{count}&lt;/b&gt; 个班级数字 · {each}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Add class digits files</source>
      <translation>添加班级数字文件</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Added {added} digits from {files} files ({dropped} already there): {count} class digits.</source>
      <translation>已从 {files} 个文件中添加 {added} 个数字（{dropped} 个已存在）：共 {count} 个班级数字。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Some files were not added</source>
      <translation>有些文件未能添加</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Added {added} class digits.</source>
      <translation>已添加 {added} 个班级数字。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Save the class digits</source>
      <translation>保存班级数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>class-digits</source>
      <translation>班级数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>The class digits were not saved: {error}</source>
      <translation>班级数字未保存：{error}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Saved {count} class digits to {name} ({size} kB).</source>
      <translation>已将 {count} 个班级数字保存到 {name}（{size} kB）。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Misread digits (click one to see it in the LeNet explorer):</source>
      <translation>识别错误的数字（点击一个即可在 LeNet 浏览器中查看）：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>The class digits could not be read: {error}</source>
      <translation>无法读取班级数字：{error}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Open the LeNet explorer: the network it shows reads the class digits.</source>
      <translation>打开 LeNet 浏览器：它显示的网络会识别班级数字。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>&lt;b&gt;{name}&lt;/b&gt; reads {mnist} of the MNIST test digits right. Draw class digits to compare.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt; 能正确识别 {mnist} 的 MNIST 测试数字。画一些班级数字来比较。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>&lt;b&gt;{name}&lt;/b&gt; is reading the class digits…</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt; 正在识别班级数字…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>&lt;b&gt;{name}&lt;/b&gt; reads &lt;b&gt;{class_accuracy}&lt;/b&gt; of the {count} class digits right ({right}), and &lt;b&gt;{mnist}&lt;/b&gt; of the 10,000 MNIST test digits.</source>
      <translation>&lt;b&gt;{name}&lt;/b&gt; 正确识别了 {count} 个班级数字中的 &lt;b&gt;{class_accuracy}&lt;/b&gt;（{right}），以及 10,000 个 MNIST 测试数字中的 &lt;b&gt;{mnist}&lt;/b&gt;。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{true}s read right:</source>
      <translation>识别正确的 {true}：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{true}s read as {predicted}:</source>
      <translation>被识别为 {predicted} 的 {true}：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>class digit {number}: a {label}, read as {read_as} · click to see it in the LeNet explorer</source>
      <translation>班级数字 {number}：实为 {label}，识别为 {read_as} · 点击在 LeNet 浏览器中查看</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>No class digit is misread.</source>
      <translation>没有识别错误的班级数字。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>class digit {number} (a {label})</source>
      <translation>班级数字 {number}（实为 {label}）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Fine-tuning works on LeNet networks; your own model runs sealed in a sandbox</source>
      <translation>微调适用于 LeNet 网络；你自己的模型在隔离的沙箱中运行</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Draw at least two of a digit: one is kept aside to measure on</source>
      <translation>同一个数字至少画两个：其中一个留作测量</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Fine-tuning {layers} of {name}…</source>
      <translation>正在微调 {name} 的{layers}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Epoch {epoch} of {epochs}: loss {loss}, {accuracy} of the training class digits right</source>
      <translation>第 {epoch}/{epochs} 轮：损失 {loss}，训练用班级数字正确率 {accuracy}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>Stopped after {done} of {epochs} epochs</source>
      <translation>在 {epochs} 轮中的第 {done} 轮后停止</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{done} epochs</source>
      <translation>{done} 轮</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{how} on {learnt} class digits ({layers}); {held} held out to measure on, in {seconds} s.</source>
      <translation>{how}，使用 {learnt} 个班级数字（{layers}）；留出 {held} 个用于测量，用时 {seconds} 秒。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>held-out class digits ({count})</source>
      <translation>留出的班级数字（{count}）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>MNIST test digits ({count})</source>
      <translation>MNIST 测试数字（{count}）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{right} of {count} right</source>
      <translation>{count} 个中 {right} 个正确</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{percent} ({right} of {count})</source>
      <translation>{percent}（{count} 个中 {right} 个）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/panel.py" />
      <source>{sign}{points} points</source>
      <translation>{sign}{points} 个百分点</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Class &amp;digits…</source>
      <translation>班级数字(&amp;D)…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Draw and label your class's own digits: how well does the network read them?</source>
      <translation>绘制并标注你们班自己写的数字：网络能认得多好？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>&amp;Fine-tune on class digits…</source>
      <translation>用班级数字微调(&amp;F)…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>The explorer reads {name}.</source>
      <translation>浏览器正在读取 {name}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>fine-tuned on {count} class digits, stopped after {epochs} epochs</source>
      <translation>用 {count} 个班级数字微调，{epochs} 轮后停止</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>fine-tuned on {count} class digits, after {epochs} epochs</source>
      <translation>用 {count} 个班级数字微调，共 {epochs} 轮</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Fine-tuned on class digits</source>
      <translation>用班级数字微调的</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Fine-tuned: choose “Fine-tuned on class digits” under the explorer to look inside.</source>
      <translation>微调完成：在浏览器下方选择“用班级数字微调的”查看内部。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>Save the class digits?</source>
      <translation>保存班级数字？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/class_digits/tool.py" />
      <source>The {count} class digits drawn here are not saved. Save them before closing?</source>
      <translation>这里画的 {count} 个班级数字尚未保存。关闭前保存吗？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>These settings give no output to guess.</source>
      <translation>这些设置没有可猜的输出。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Right: {value}.</source>
      <translation>正确：{value}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Not {guess}. Try again, or reveal the cell (R).</source>
      <translation>不是 {guess}。再试一次，或揭晓该单元格（R）。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Not {guess}: the true value is {value}.</source>
      <translation>不是 {guess}：真实值是 {value}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>rows = columns = {formula}</source>
      <translation>行数 = 列数 = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>rows = {formula}</source>
      <translation>行数 = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>columns = {formula}</source>
      <translation>列数 = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>no output</source>
      <translation>无输出</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>How big is the output?</source>
      <translation>输出有多大？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>output side = {formula}</source>
      <translation>输出边长 = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Answer the size question to step through</source>
      <translation>先回答大小问题再逐步查看</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>a {kh}×{kw} kernel</source>
      <translation>一个 {kh}×{kw} 卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>, dilation {dilation}</source>
      <translation>，膨胀 {dilation}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>a transposed convolution with {kernel}</source>
      <translation>使用{kernel}的转置卷积</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>, output padding {padding}</source>
      <translation>，输出填充 {padding}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>max pooling {k}×{k}</source>
      <translation>最大池化 {k}×{k}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>average pooling {k}×{k}</source>
      <translation>平均池化 {k}×{k}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>A {rows}×{cols} input, {what}, padding {padding}, stride {stride}: how many rows × columns does the output have?</source>
      <translation>输入 {rows}×{cols}，{what}，填充 {padding}，步幅 {stride}：输出有多少行 × 列？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>no output: {problem}</source>
      <translation>无输出：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Not {guess}. Try again, or reveal the size (Shift+R).</source>
      <translation>不是 {guess}。再试一次，或揭晓大小（Shift+R）。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Right: the output is {size}.</source>
      <translation>正确：输出是 {size}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>The output is {size}.</source>
      <translation>输出是 {size}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Which digit?</source>
      <translation>哪个数字？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>How sure? Guess first, then reveal.</source>
      <translation>有多大把握？先猜，再揭晓。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>The network has not read a digit yet: draw one or pick a test digit.</source>
      <translation>网络还没有读到数字：请画一个或选择一个测试数字。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Enter a digit from 0 to 9 and how sure the class is, from 0 % to 100 %.</source>
      <translation>输入 0 到 9 之间的数字，以及全班的把握（0 % 到 100 %）。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>You said {digit}, {confidence} sure. The network reads {winner}, {sure} sure.</source>
      <translation>你们说是 {digit}，把握 {confidence}。网络识别为 {winner}，把握 {sure}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>Same digit.</source>
      <translation>数字相同。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>A different digit: the network gives your {digit} only {share}.</source>
      <translation>数字不同：网络只给你们的 {digit} {share}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>It is about as sure as you were.</source>
      <translation>它的把握和你们差不多。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>It is more sure than you were.</source>
      <translation>它比你们更有把握。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>It is less sure than you were.</source>
      <translation>它不如你们有把握。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/exercises.py" />
      <source>The test digit's true label is {label}.</source>
      <translation>该测试数字的真实标签是 {label}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Cover the output and ask the class how big it will be.</source>
      <translation>遮住输出，问全班它会有多大。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>predict, then reveal</source>
      <translation>先预测，再揭晓</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The exercises of the view on screen</source>
      <translation>当前视图的练习</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the output cells</source>
      <translation>隐藏输出单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the output cells so the class can predict them</source>
      <translation>隐藏输出单元格，让全班来预测</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>the class's guess for the highlighted cell</source>
      <translation>全班对高亮单元格的猜测</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Type a number and press Enter to check it</source>
      <translation>输入一个数字并按 Enter 检查</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Check</source>
      <translation>检查</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Check the guess against the true value</source>
      <translation>把猜测与真实值比较</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal next</source>
      <translation>揭晓下一个</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show the highlighted cell; again, move the window on</source>
      <translation>显示高亮的单元格；再按一次，窗口前进</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal all</source>
      <translation>全部揭晓</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show every output cell</source>
      <translation>显示所有输出单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Ask: what is the output size?</source>
      <translation>提问：输出大小是多少？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Cover the output and its formula and ask the class for its size</source>
      <translation>遮住输出及其公式，让全班说出它的大小</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>rows×columns, e.g. 4×4</source>
      <translation>行×列，例如 4×4</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>the class's output size</source>
      <translation>全班给出的输出大小</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Rows×columns, e.g. 4×4; press Enter to check it</source>
      <translation>行×列，例如 4×4；按 Enter 检查</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Check the output size</source>
      <translation>检查输出大小</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal the size</source>
      <translation>揭晓大小</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show the output size and how the formula gives it</source>
      <translation>显示输出大小以及公式如何得出它</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Predict the output cells</source>
      <translation>预测输出单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the output, let the class work out the highlighted cell, then reveal it. R reveals it, R again moves the window on.</source>
      <translation>隐藏输出，让全班算出高亮单元格，然后揭晓。按 R 揭晓，再按 R 移动窗口。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>What is the output size?</source>
      <translation>输出大小是多少？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the answer</source>
      <translation>隐藏答案</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the network's answer until the class has guessed</source>
      <translation>在全班猜完之前隐藏网络的答案</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The digit the class thinks the network will read</source>
      <translation>全班认为网络会识别成的数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>How sure the class thinks the network will be</source>
      <translation>全班认为网络会有多大把握</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>{percent} % sure</source>
      <translation>把握 {percent} %</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Digit</source>
      <translation>数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal</source>
      <translation>揭晓</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show the network's answer beside the class's guess</source>
      <translation>在全班的猜测旁显示网络的答案</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Which digit, and how sure?</source>
      <translation>哪个数字？有多大把握？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Hide the network's answer, draw or pick a digit, and let the class say which digit it will read and how sure it will be. Then reveal.</source>
      <translation>隐藏网络的答案，画或选择一个数字，让全班说出网络会识别成哪个数字、有多大把握。然后揭晓。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Predict cells in the Steps view</source>
      <translation>在逐步视图中预测单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Go to the Steps view and its exercises</source>
      <translation>前往逐步视图及其练习</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Guess the digit in the LeNet view</source>
      <translation>在 LeNet 视图中猜数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Go to the LeNet view and its exercise</source>
      <translation>前往 LeNet 视图及其练习</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Predict, then reveal</source>
      <translation>先预测，再揭晓</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The Steps view hides output cells and asks for the output size; the LeNet view asks which digit the network will read, and how sure it will be.</source>
      <translation>逐步视图会隐藏输出单元格并询问输出大小；LeNet 视图会问网络将识别成哪个数字、有多大把握。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Predict, then reveal works in the Steps view (Ctrl+2) and the LeNet view (Ctrl+3).</source>
      <translation>“先预测，再揭晓”可在逐步视图（Ctrl+2）和 LeNet 视图（Ctrl+3）中使用。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Every cell is revealed.</source>
      <translation>所有单元格都已揭晓。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The LeNet view has no trained network to ask.</source>
      <translation>LeNet 视图没有可提问的已训练网络。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show everything again</source>
      <translation>重新全部显示</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The output is shown as the window computes it.</source>
      <translation>输出随窗口计算逐步显示。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>These settings give no output.</source>
      <translation>这些设置没有输出。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>hidden: what is it?</source>
      <translation>已隐藏：它是多少？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>revealed</source>
      <translation>已揭晓</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>{count} cell(s) hidden. Highlighted cell ({cell}) {state}</source>
      <translation>已隐藏 {count} 个单元格。高亮单元格（{cell}）{state}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Reveal this cell</source>
      <translation>揭晓此单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Next hidden cell</source>
      <translation>下一个隐藏单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The LeNet view has no trained network, so there is nothing to guess against.</source>
      <translation>LeNet 视图没有已训练的网络，因此没有可猜的对象。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>Show the answer</source>
      <translation>显示答案</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The answer is hidden: enter the class's digit and confidence, then reveal.</source>
      <translation>答案已隐藏：输入全班的数字和把握，然后揭晓。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/exercises/panel.py" />
      <source>The answer is on screen. H hides it for the next digit.</source>
      <translation>答案已显示。按 H 为下一个数字隐藏它。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Animated GIF</source>
      <translation>动画 GIF</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Animated PNG</source>
      <translation>动画 PNG</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>PNG picture</source>
      <translation>PNG 图片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>CSV table</source>
      <translation>CSV 表格</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Python script</source>
      <translation>Python 脚本</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Jupyter notebook</source>
      <translation>Jupyter 笔记本</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Embed it in the code (runs anywhere)</source>
      <translation>嵌入代码中（在任何地方都能运行）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>{number} of {count}</source>
      <translation>{number}/{count}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Current &amp;view as PNG…</source>
      <translation>当前视图导出为 PNG(&amp;V)…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>One &amp;map as PNG…</source>
      <translation>单张图导出为 PNG(&amp;M)…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Matrix as &amp;CSV…</source>
      <translation>矩阵导出为 CSV(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Sliding window as animated &amp;GIF…</source>
      <translation>滑动窗口导出为动画 GIF(&amp;G)…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Sliding window as animated P&amp;NG…</source>
      <translation>滑动窗口导出为动画 PNG(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Scene as &amp;Python script…</source>
      <translation>场景导出为 Python 脚本(&amp;P)…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Scene as &amp;Jupyter notebook…</source>
      <translation>场景导出为 Jupyter 笔记本(&amp;J)…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The view on screen at {scale}× its pixels, for slides</source>
      <translation>屏幕上的视图，像素放大 {scale}×，用于幻灯片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>One map or matrix, each cell a sharp block of colour (at least 1024 px)</source>
      <translation>单张图或矩阵，每个单元格是清晰的色块（至少 1024 px）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The numbers of a map or matrix, for a spreadsheet</source>
      <translation>图或矩阵的数字，用于电子表格</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The Steps view's sliding window, one frame per step</source>
      <translation>逐步视图的滑动窗口，每步一帧</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The same animation as an animated PNG (full colour)</source>
      <translation>同样的动画，导出为动画 PNG（全彩）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Commented torch code that rebuilds this view and prints the same numbers</source>
      <translation>带注释的 torch 代码，重建此视图并打印相同的数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The same code as a Jupyter notebook, one cell per step</source>
      <translation>同样的代码，导出为 Jupyter 笔记本，每步一个单元</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>&amp;Export</source>
      <translation>导出(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>There is no view to export yet.</source>
      <translation>还没有可导出的视图。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the view as PNG</source>
      <translation>将视图保存为 PNG</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved the view as a {width}×{height} PNG</source>
      <translation>已将视图保存为 {width}×{height} 的 PNG</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Export one map as PNG</source>
      <translation>将单张图导出为 PNG</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the map as PNG</source>
      <translation>将图保存为 PNG</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved “{name}” as PNG</source>
      <translation>已将“{name}”保存为 PNG</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Export a matrix as CSV</source>
      <translation>将矩阵导出为 CSV</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the numbers as CSV</source>
      <translation>将数字保存为 CSV</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved “{name}” as CSV</source>
      <translation>已将“{name}”保存为 CSV</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>An animation is being written already.</source>
      <translation>已经在写入一个动画。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Open the Steps view with settings that give an output first.</source>
      <translation>请先打开逐步视图，并使用有输出的设置。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the sliding window as {format}</source>
      <translation>将滑动窗口保存为 {format}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Drawing the {format} frames…</source>
      <translation>正在绘制 {format} 帧…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Export {format}</source>
      <translation>导出 {format}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The Python code is being written already.</source>
      <translation>已经在写入 Python 代码。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Could not export as Python: {problem}</source>
      <translation>无法导出为 Python：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>This view shows nothing to write as Python yet.</source>
      <translation>此视图还没有可写成 Python 的内容。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Save the scene as a {kind}</source>
      <translation>将场景保存为{kind}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Writing the Python code…</source>
      <translation>正在写入 Python 代码…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Read it from {name} (a smaller file; the picture must stay at {path})</source>
      <translation>从 {name} 读取（文件更小；图片必须保留在 {path}）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The picture in the code</source>
      <translation>代码中的图片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>The picture is {width}×{height} pixels. Where should the code find it?</source>
      <translation>图片为 {width}×{height} 像素。代码应从哪里获取它？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved the scene as Python: {file}.</source>
      <translation>已将场景保存为 Python：{file}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Could not write the Python code: {problem}</source>
      <translation>无法写入 Python 代码：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Writing the file…</source>
      <translation>正在写入文件…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Export cancelled: nothing was written.</source>
      <translation>导出已取消：没有写入任何内容。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Saved the sliding window to {file}.</source>
      <translation>已将滑动窗口保存到 {file}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Could not write the animation: {problem}</source>
      <translation>无法写入动画：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>This view has no maps or matrices to export.</source>
      <translation>此视图没有可导出的图或矩阵。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>There is no map called “{name}”; choose one of: {names}.</source>
      <translation>没有名为“{name}”的图；请从以下选择：{names}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Which one?</source>
      <translation>哪一个？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/export/actions.py" />
      <source>Could not export: {problem}</source>
      <translation>无法导出：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>&lt;b&gt;New here?&lt;/b&gt; The &lt;b&gt;Lessons&lt;/b&gt; menu: every worked example and concept of the course, opened in the right view with its explanation (or press Alt and its number).&lt;br&gt;&lt;b&gt;Help ▸ Guide&lt;/b&gt; (F1): how convviz works, in five minutes.</source>
      <translation>&lt;b&gt;第一次使用？&lt;/b&gt;&lt;b&gt;课程&lt;/b&gt;菜单：课程中的每个例题和概念，都会在合适的视图中连同讲解一起打开（也可按 Alt 加编号）。&lt;br&gt;&lt;b&gt;帮助 ▸ 指南&lt;/b&gt;（F1）：五分钟了解 convviz。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>Open the Guide</source>
      <translation>打开指南</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>How convviz works, in five minutes (F1)</source>
      <translation>五分钟了解 convviz 的用法（F1）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>Got it</source>
      <translation>知道了</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/first_start/hint.py" />
      <source>Close this hint; it does not come back</source>
      <translation>关闭此提示；它不会再出现</translation>
    </message>
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
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Red</source>
      <translation>红</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Green</source>
      <translation>绿</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Blue</source>
      <translation>蓝</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>input</source>
      <translation>输入</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>(matrix {number})</source>
      <translation>（矩阵 {number}）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Together the three grids make this picture:</source>
      <translation>三个网格合起来构成这张图片：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>a matrix (order 2)</source>
      <translation>矩阵（2 阶）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>a tensor of order 3</source>
      <translation>3 阶张量</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>order {order}</source>
      <translation>{order} 阶</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>numpy shape: ({shape}) · {count} numbers · {order}</source>
      <translation>numpy 形状：({shape}) · {count} 个数 · {order}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>Input: {name}</source>
      <translation>输入：{name}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>piece {number}</source>
      <translation>分段 {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>after {activation}</source>
      <translation>{activation} 之后</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>The probabilities add up to {total}.</source>
      <translation>概率之和为 {total}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>maxout = the larger piece</source>
      <translation>maxout = 较大的分段</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>position</source>
      <translation>位置</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>value</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>softmax probabilities</source>
      <translation>softmax 概率</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>class</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>probability</source>
      <translation>概率</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>weights (biases not counted, as on the slide)</source>
      <translation>个权重（与课件一样不计偏置）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>learnable parameters</source>
      <translation>个可学习参数</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>True total: {total} {what}.</source>
      <translation>真实总数：{total} {what}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>The slide printed {total}.</source>
      <translation>课件上写的是 {total}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>kernel × {factor}</source>
      <translation>卷积核 × {factor}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/content.py" />
      <source>the feature map's numbers ({rows}×{cols})</source>
      <translation>特征图的数值（{rows}×{cols}）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Lesson files</source>
      <translation>课程文件</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Answers hidden · H shows them</source>
      <translation>答案已隐藏 · 按 H 显示</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Page Down and Page Up go through the lessons once one is open (Lessons menu, or type its number).</source>
      <translation>打开一节课后，Page Down 和 Page Up 可在课程间切换（课程菜单，或输入课程编号）。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Lesson {number} is the last lesson.</source>
      <translation>第 {number} 课是最后一课。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Lesson {number} is the first lesson.</source>
      <translation>第 {number} 课是第一课。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Lessons</source>
      <translation>课程(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Open lesson file…</source>
      <translation>打开课程文件(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Previous lesson</source>
      <translation>上一课(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Next lesson</source>
      <translation>下一课(&amp;N)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Loading the lessons…</source>
      <translation>正在加载课程…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Open a lesson file</source>
      <translation>打开课程文件</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>This lesson cannot be opened</source>
      <translation>无法打开此课程</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Nothing that was open has changed.</source>
      <translation>已打开的内容都没有改变。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Your lesson files</source>
      <translation>你的课程文件</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>The class predicts first: Exercises ▸ Hide the answers (H) shows them again</source>
      <translation>全班先预测：练习 ▸ 隐藏答案（H）可再次显示</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Lesson</source>
      <translation>课程</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Exercises</source>
      <translation>练习(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Hide the answers (predict first)</source>
      <translation>隐藏答案（先预测）(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>&amp;Reveal next</source>
      <translation>揭晓下一个(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>Reveal &amp;all</source>
      <translation>全部揭晓(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/menu.py" />
      <source>What is the &amp;output size?</source>
      <translation>输出大小是多少(&amp;O)？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/opener.py" />
      <source>There is no lesson {number}; the lessons run from 1 to {last}.</source>
      <translation>没有第 {number} 课；课程编号从 1 到 {last}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/opener.py" />
      <source>The lessons are still loading; try again in a moment.</source>
      <translation>课程仍在加载；请稍后再试。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/opener.py" />
      <source>Opening the lesson file {file}…</source>
      <translation>正在打开课程文件 {file}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/opener.py" />
      <source>Lesson {number}: {title}</source>
      <translation>第 {number} 课：{title}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>in the Steps view</source>
      <translation>在逐步视图中</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>in the Convolution view</source>
      <translation>在卷积视图中</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>in the LeNet view</source>
      <translation>在 LeNet 视图中</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>here</source>
      <translation>在此处</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>The explanation comes back once the class has answered.</source>
      <translation>全班回答后，讲解会重新显示。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Show the feature map of:</source>
      <translation>显示以下滤波器的特征图：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Previous</source>
      <translation>上一课</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>The previous lesson (Alt+Left)</source>
      <translation>上一课（Alt+左）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Next</source>
      <translation>下一课</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>The next lesson (Alt+Right)</source>
      <translation>下一课（Alt+右）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Back to the views</source>
      <translation>返回视图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>A concept lesson fills the window; this brings the views back. The panel then shows the lesson of the view on screen, or closes if it shows none</source>
      <translation>概念课会占满窗口；此按钮让视图回来。之后面板显示当前视图的课程，若没有则关闭</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>the lesson</source>
      <translation>课程</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>The lesson's text; the arrow keys scroll it</source>
      <translation>课程正文；方向键可滚动</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>No lesson open</source>
      <translation>没有打开的课程</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Pick one from the Lessons menu, or type its number (1, 2, … 45).</source>
      <translation>从课程菜单中选择，或输入编号（1、2、… 45）。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Lesson {number} · {group} · shown {where}</source>
      <translation>第 {number} 课 · {group} · {where}显示</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Where the slides say otherwise:</source>
      <translation>与课件不同之处：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/lessons/panel.py" />
      <source>Load filter {number} into the convolution view</source>
      <translation>把滤波器 {number} 载入卷积视图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>The confusion matrix appears here once the network has read every test digit.</source>
      <translation>网络读完所有测试数字后，混淆矩阵会显示在这里。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Click a cell to see its digits.</source>
      <translation>点击单元格查看其中的数字。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>test digits of the chosen cell</source>
      <translation>所选单元格的测试数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Arrow keys choose a digit; “Open in explorer” shows it in the LeNet view</source>
      <translation>方向键选择一个数字；“在浏览器中打开”会在 LeNet 视图中显示它</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Open in explorer</source>
      <translation>在浏览器中打开</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Show the chosen test digit in the LeNet view</source>
      <translation>在 LeNet 视图中显示所选测试数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>Reading the 10,000 test digits with {name}…</source>
      <translation>正在用 {name} 读取 10,000 个测试数字…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>No confusion matrix: {problem}</source>
      <translation>没有混淆矩阵：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>{name} over {total} test digits: {accuracy} right, {wrong} mistakes. Rows: the true digit · columns: what the network read.</source>
      <translation>{name} 在 {total} 个测试数字上：正确率 {accuracy}，错误 {wrong} 个。行：真实数字 · 列：网络识别的结果。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>test digit #{index}: a {true}, read as {predicted} · double-click to open it</source>
      <translation>测试数字 #{index}：真实为 {true}，识别为 {predicted} · 双击打开</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>read as {digit}</source>
      <translation>被识别为 {digit}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source> (the first {count} shown)</source>
      <translation>（显示前 {count} 个）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>{count} test digit(s) that are {true}s {what}</source>
      <translation>{count} 个真实为 {true} 的测试数字{what}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/confusion_panel.py" />
      <source>double-click one to open it in the explorer</source>
      <translation>双击即可在浏览器中打开</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/curve_plot.py" />
      <source>training curves</source>
      <translation>训练曲线</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/curve_plot.py" />
      <source>epoch</source>
      <translation>轮次</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Gradient saliency</source>
      <translation>梯度显著图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Bright pixels: changing them would change this class's score most. Speckled: it is one gradient.</source>
      <translation>亮像素：改变它们最能改变该类别的得分。呈斑点状：因为只是一次梯度。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Grad-CAM on {layer}</source>
      <translation>{layer} 上的 Grad-CAM</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Regions whose {layer} maps speak for this class (gradient-weighted maps, 0–1).</source>
      <translation>{layer} 的图支持该类别的区域（梯度加权图，0–1）。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Occlusion (6×6 patch)</source>
      <translation>遮挡（6×6 块）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Orange: hiding that patch lowers this class's probability (evidence for it). Blue: hiding it helps.</source>
      <translation>橙色：遮住该块会降低该类别的概率（支持它的证据）。蓝色：遮住反而有帮助。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Draw a digit or pick a test digit in the LeNet explorer.</source>
      <translation>在 LeNet 浏览器中画一个数字或选择一个测试数字。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Evidence for:</source>
      <translation>证据支持：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>predicted</source>
      <translation>预测</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Explain whichever class the network picks</source>
      <translation>解释网络选出的类别</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Where is the evidence for a {digit}?</source>
      <translation>支持 {digit} 的证据在哪里？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>Cannot explain this: {problem}</source>
      <translation>无法解释：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>label {label}</source>
      <translation>标签 {label}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>the predicted class, {digit}</source>
      <translation>预测的类别 {digit}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>class {digit} ({share})</source>
      <translation>类别 {digit}（{share}）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>The picture</source>
      <translation>该图片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/explain_panel.py" />
      <source>the network reads {digit} ({sure}). Evidence for {which}:</source>
      <translation>网络识别为 {digit}（{sure}）。支持{which}的证据：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>PyTorch models</source>
      <translation>PyTorch 模型</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Open a model file…</source>
      <translation>打开模型文件…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The network the explorer shows</source>
      <translation>浏览器显示的网络</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>network</source>
      <translation>网络</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Train LeNet…</source>
      <translation>训练 LeNet…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Train LeNet on MNIST yourself and watch it learn</source>
      <translation>自己在 MNIST 上训练 LeNet，看着它学习</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Why this digit?</source>
      <translation>为什么是这个数字？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Which pixels pushed the network towards its answer</source>
      <translation>哪些像素把网络推向了它的答案</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Confusion matrix</source>
      <translation>混淆矩阵</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Which digits the network mistakes for which, over the 10,000 test digits</source>
      <translation>在 10,000 个测试数字上，网络把哪些数字误认成哪些</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>What units look for</source>
      <translation>单元在寻找什么</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The test digits that excite the inspected map or unit most, and a picture made for it (right-click any map or unit for the same)</source>
      <translation>最能激活所查看图或单元的测试数字，以及为它生成的图片（右键点击任意图或单元也可以）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Network:</source>
      <translation>网络：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Model</source>
      <translation>模型(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Open model…</source>
      <translation>打开模型(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>LeNet weights (a state_dict) or a small TorchScript CNN reading 1×28×28</source>
      <translation>LeNet 权重（state_dict）或读取 1×28×28 的小型 TorchScript CNN</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Train LeNet…</source>
      <translation>训练 LeNet(&amp;T)…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Why this digit?</source>
      <translation>为什么是这个数字(&amp;W)？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>&amp;Confusion matrix</source>
      <translation>混淆矩阵(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>What does each &amp;unit look for?</source>
      <translation>每个单元在寻找什么(&amp;U)？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Go to the &amp;floating panel</source>
      <translation>转到浮动面板(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>A panel floating over a narrow window is a window of its own, out of the Tab order: F6 goes into it, to the next one, and back</source>
      <translation>浮在窄窗口上的面板是一个独立窗口，不在 Tab 顺序中：按 F6 进入它，再到下一个，然后返回</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Shipped weights</source>
      <translation>附带的权重</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The explorer now shows {network}.</source>
      <translation>浏览器现在显示 {network}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>{network} with your edited filters</source>
      <translation>{network}（含你编辑过的滤波器）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>No model panel is floating; Tab reaches the docked ones.</source>
      <translation>没有浮动的模型面板；按 Tab 可到达停靠的面板。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Train LeNet</source>
      <translation>训练 LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>What does this unit look for?</source>
      <translation>这个单元在寻找什么？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The explorer reads MNIST test digit #{index}.</source>
      <translation>浏览器正在读取 MNIST 测试数字 #{index}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>trained in the app, stopped after {epochs} epochs</source>
      <translation>在应用中训练，{epochs} 轮后停止</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>trained in the app, after {epochs} epochs</source>
      <translation>在应用中训练，共 {epochs} 轮</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Trained now</source>
      <translation>刚训练的</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Training stopped: {accuracy} on the test digits. Choose “{name}” under the explorer to look inside.</source>
      <translation>训练已停止：测试数字上 {accuracy}。在浏览器下方选择“{name}”查看内部。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Training done: {accuracy} on the test digits. Choose “{name}” under the explorer to look inside.</source>
      <translation>训练完成：测试数字上 {accuracy}。在浏览器下方选择“{name}”查看内部。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Open a model</source>
      <translation>打开模型</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Could not measure the test accuracy: {problem}</source>
      <translation>无法测量测试准确率：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>LeNet weights</source>
      <translation>LeNet 权重</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>TorchScript, {count} layers found</source>
      <translation>TorchScript，找到 {count} 层</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Opened: {name}</source>
      <translation>已打开：{name}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Opened {name}: the explorer shows it now.</source>
      <translation>已打开 {name}：浏览器现在显示它。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The explorer shows {network} again.</source>
      <translation>浏览器重新显示 {network}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Your model was stopped</source>
      <translation>你的模型已被停止</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>The explorer keeps showing {network}.</source>
      <translation>浏览器继续显示 {network}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>This model cannot be opened</source>
      <translation>无法打开此模型</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/menu.py" />
      <source>Model refused: {problem}</source>
      <translation>模型被拒绝：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/overlay_map.py" />
      <source>where the evidence lies</source>
      <translation>证据在哪里</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/overlay_map.py" />
      <source>hover the picture for values</source>
      <translation>悬停在图片上查看数值</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>your picture</source>
      <translation>你的图片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>what the network in training reads in your picture</source>
      <translation>训练中的网络在你的图片里读出了什么</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>draw a digit in the explorer</source>
      <translation>在浏览器中画一个数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Network</source>
      <translation>网络</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Test accuracy (10,000 digits)</source>
      <translation>测试准确率（10,000 个数字）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>test accuracy of each network</source>
      <translation>每个网络的测试准确率</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>One row a network: its accuracy on the 10,000 MNIST test digits</source>
      <translation>每行一个网络：它在 10,000 个 MNIST 测试数字上的准确率</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>in the explorer</source>
      <translation>浏览器中</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>measuring…</source>
      <translation>测量中…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>epochs</source>
      <translation>轮数</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>How many times the training goes through all 10,000 training digits it ships</source>
      <translation>训练遍历全部 10,000 个附带训练数字的次数</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>batch size</source>
      <translation>批大小</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>How many digits each step of training learns from at once</source>
      <translation>每个训练步骤一次从多少个数字中学习</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>learning rate</source>
      <translation>学习率</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Peak learning rate: it rises for the first fifth of the run, then falls (one-cycle)</source>
      <translation>峰值学习率：在前五分之一的训练中上升，然后下降（one-cycle）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>augment digits</source>
      <translation>数据增强</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Every batch gets randomly shifted, rotated, scaled, sheared and thickened digits: slower to learn, but the network then reads hand-drawn digits better</source>
      <translation>每个批次的数字都会随机平移、旋转、缩放、错切和加粗：学得更慢，但网络之后能更好地识别手写数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>training device</source>
      <translation>训练设备</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Where the training runs: the CPU, or a GPU when one is present</source>
      <translation>训练在哪里运行：CPU，或者有 GPU 时用 GPU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>While training, each activation entering fc2 and fc3 is switched off with this probability (the others are scaled up to keep the sum); when the network reads a digit, dropout is off</source>
      <translation>训练时，进入 fc2 和 fc3 的每个激活以此概率被关闭（其余的按比例放大以保持总和）；网络读取数字时不使用 dropout</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>all</source>
      <translation>全部</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>dropout</source>
      <translation>dropout</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>training digits</source>
      <translation>训练数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>How many training digits one epoch goes through (a few: fine-tuning on little data)</source>
      <translation>一轮遍历多少个训练数字（少量：用少量数据微调）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>start from the shipped weights</source>
      <translation>从附带的权重开始</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Transfer learning: begin with the trained network instead of random weights, then go on training</source>
      <translation>迁移学习：从已训练的网络而不是随机权重开始，然后继续训练</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Layers that learn:</source>
      <translation>参与学习的层：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Unticked: the layer is frozen, its weights stay as they start</source>
      <translation>未勾选：该层被冻结，权重保持初始值</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Epochs</source>
      <translation>轮数</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Batch</source>
      <translation>批大小</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Learning rate</source>
      <translation>学习率</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Device</source>
      <translation>设备</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Dropout</source>
      <translation>Dropout</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Digits</source>
      <translation>数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Augmentation: digits as stored (top) and as one batch sees them (bottom)</source>
      <translation>数据增强：存储的数字（上）和一个批次看到的数字（下）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>digit</source>
      <translation>数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>every batch draws new shifts, turns, scalings, shears and thicknesses</source>
      <translation>每个批次都会重新抽取平移、旋转、缩放、剪切和笔画粗细</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Draw again</source>
      <translation>重新抽取</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Show eight digits changed again, as a new batch would see them</source>
      <translation>再次显示八个变换后的数字，就像新批次看到的那样</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Start training with these settings</source>
      <translation>用这些设置开始训练</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Pause</source>
      <translation>暂停</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Pause the training, or go on</source>
      <translation>暂停训练，或继续</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Stop the training; the weights learnt so far stay</source>
      <translation>停止训练；已学到的权重会保留</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>ready</source>
      <translation>就绪</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Loss (cross-entropy)</source>
      <translation>损失（交叉熵）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>loss</source>
      <translation>损失</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>train</source>
      <translation>训练</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>test</source>
      <translation>测试</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Accuracy</source>
      <translation>准确率</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>conv1's 6 filters, live</source>
      <translation>conv1 的 6 个滤波器（实时）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>from random noise to edge and stroke detectors</source>
      <translation>从随机噪声到边缘与笔画检测器</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Start a run: the curves, the filters and the prediction follow it.</source>
      <translation>开始一次训练：曲线、滤波器和预测会随之更新。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Save weights…</source>
      <translation>保存权重…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>A state_dict file (weights only) with a model card beside it</source>
      <translation>一个 state_dict 文件（仅权重），旁边附带模型卡</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Explore these weights</source>
      <translation>探索这些权重</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Show the network just trained in the LeNet view</source>
      <translation>在 LeNet 视图中显示刚训练好的网络</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>tick at least one layer that learns: with every layer frozen nothing is trained.</source>
      <translation>至少勾选一个参与学习的层：所有层都冻结时什么也不会训练。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>A training run is going: stop it first to use other settings.</source>
      <translation>训练正在进行：请先停止，才能使用其他设置。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Cannot train: {problem}</source>
      <translation>无法训练：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>starting the training process…</source>
      <translation>正在启动训练进程…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Training: {epochs} epochs of batches of {batch}…</source>
      <translation>训练中：{epochs} 轮，批大小 {batch}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>stopping after this batch…</source>
      <translation>本批次后停止…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>paused</source>
      <translation>已暂停</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>epoch {epoch}/{epochs} · {percent}% · {time} left</source>
      <translation>第 {epoch}/{epochs} 轮 · {percent}% · 剩余 {time}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Resume</source>
      <translation>继续</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>stopped</source>
      <translation>已停止</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>done</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Stopped after {done} of {epochs} epochs in {time}: test accuracy {accuracy}.</source>
      <translation>在 {time} 内完成 {epochs} 轮中的 {done} 轮后停止：测试准确率 {accuracy}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Done after {done} of {epochs} epochs in {time}: test accuracy {accuracy}.</source>
      <translation>在 {time} 内完成 {epochs} 轮中的 {done} 轮：测试准确率 {accuracy}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>failed</source>
      <translation>失败</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Save the trained weights</source>
      <translation>保存训练好的权重</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>PyTorch weights</source>
      <translation>PyTorch 权重</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Nothing to save yet: train first.</source>
      <translation>还没有可保存的内容：请先训练。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Could not save to {path}: {problem}</source>
      <translation>无法保存到 {path}：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_panel.py" />
      <source>Saved {weights} and its model card {card}.</source>
      <translation>已保存 {weights} 及其模型卡 {card}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/training_runner.py" />
      <source>a training run is already going; stop it first.</source>
      <translation>训练已在进行；请先停止。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>{count} maps</source>
      <translation>{count} 张图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>{count} units</source>
      <translation>{count} 个单元</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>{count} class scores</source>
      <translation>{count} 个类别得分</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Pick a map or a unit of the network the explorer shows.</source>
      <translation>选择浏览器所显示网络中的一张图或一个单元。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>The layer whose unit to look at</source>
      <translation>要查看其单元的层</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>layer</source>
      <translation>层</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Which map or unit of the layer</source>
      <translation>该层的哪张图或哪个单元</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>map or unit</source>
      <translation>图或单元</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Layer:</source>
      <translation>层：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>The nine test digits that excite it most</source>
      <translation>最能激活它的九个测试数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Make a picture for it</source>
      <translation>为它生成图片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Grow a picture from faint noise by gradient ascent on this unit's value</source>
      <translation>从微弱噪声出发，对该单元的值做梯度上升来生成图片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Stop making the picture</source>
      <translation>停止生成图片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Gradient ascent changes the picture, step by step, to raise this unit's value. Each step the picture also fades a little and now and then is blurred and shifted, so only patterns the unit really likes survive.</source>
      <translation>梯度上升一步步修改图片，以提高该单元的值。每一步图片还会略微褪色，并不时被模糊和平移，因此只有该单元真正喜欢的图案能保留下来。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>A picture made for it (activation maximisation)</source>
      <translation>为它生成的图片（激活最大化）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>The network changed: the picture being made was for the one before.</source>
      <translation>网络已改变：正在生成的图片属于之前的网络。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>class </source>
      <translation>类别 </translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>map </source>
      <translation>图 </translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>unit </source>
      <translation>单元 </translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>What does {unit} of {network} look for?</source>
      <translation>{network} 的 {unit} 在寻找什么？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Cannot rank the test digits: {problem}</source>
      <translation>无法对测试数字排序：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>a {digit}</source>
      <translation>数字 {digit}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source> at row {row}, column {column} of the map</source>
      <translation>，位于图的第 {row} 行第 {column} 列</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>test digit #{index} (a {digit})</source>
      <translation>测试数字 #{index}（数字 {digit}）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>click to open it in the explorer</source>
      <translation>点击在浏览器中打开</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source> (so far: {count} of the test digits read)</source>
      <translation>（目前已读取 {count} 个测试数字）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>The box is the {rows}×{cols} patch its strongest position sees (cut where it passes the edge).</source>
      <translation>框是其最强位置看到的 {rows}×{cols} 区域（超出边缘处被截断）。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>A fully connected unit sees the whole digit.</source>
      <translation>全连接单元能看到整个数字。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>its score (logit)</source>
      <translation>它的得分（logit）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>the unit's value before ReLU</source>
      <translation>该单元在 ReLU 之前的值</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Strongest first{so_far}; the number is {value}.</source>
      <translation>按强度从高到低排列{so_far}；数字是{value}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Click one to open it in the explorer.</source>
      <translation>点击一个即可在浏览器中打开。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>Could not make a picture: {problem}</source>
      <translation>无法生成图片：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source> at the centre of its map (row {row}, column {column}; the box is what it sees)</source>
      <translation>，位于其图的中心（第 {row} 行第 {column} 列；框内是它看到的区域）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>its strongest test digit: {score}</source>
      <translation>最强测试数字：{score}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>after {step} of {steps} steps: {value} · on the starting noise: {noise} · on the average digit: {average}</source>
      <translation>第 {step}/{steps} 步后：{value} · 初始噪声上：{noise} · 平均数字上：{average}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/model/units_panel.py" />
      <source>cancelled after {step} steps.</source>
      <translation>{step} 步后已取消。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Presentation mode: Space play/pause · ←/→ step · PgDn/PgUp step, then next/previous lesson · +/− speed · digits pick a lesson · B blank · P pointer · F11 or Esc to leave</source>
      <translation>演示模式: 空格 播放/暂停 · ←/→ 单步 · PgDn/PgUp 单步，然后下一课/上一课 · +/− 速度 · 数字键选课 · B 黑屏 · P 指示圈 · F11 或 Esc 退出</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>&amp;Blank the screen</source>
      <translation>黑屏(&amp;B)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Black screen while you talk, as in PowerPoint: B or . while presenting; B, . , Esc or a click bring the picture back</source>
      <translation>讲话时黑屏，与 PowerPoint 相同：演示时按 B 或 .；按 B、.、Esc 或点击恢复画面</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>&amp;Presentation mode</source>
      <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Full screen, large text, keyboard control: {keys}</source>
      <translation>全屏、大字、键盘控制：{keys}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Pointer &amp;highlight</source>
      <translation>指针高亮(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>A large circle follows the mouse so the class sees where you point (P)</source>
      <translation>一个大圆圈跟随鼠标，让全班看到你指向哪里（P）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/presentation/controller.py" />
      <source>Presentation mode off.</source>
      <translation>演示模式已关闭。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>convviz sessions</source>
      <translation>convviz 会话</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Open &amp;session…</source>
      <translation>打开会话(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Save session</source>
      <translation>保存会话(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Save session &amp;as…</source>
      <translation>会话另存为(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Restore &amp;last session</source>
      <translation>恢复上次会话(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>The session convviz saved when it was last closed</source>
      <translation>convviz 上次关闭时保存的会话</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Reopen last session on start</source>
      <translation>启动时重新打开上次会话</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Open the session saved at the last quit when convviz starts</source>
      <translation>convviz 启动时打开上次退出时保存的会话</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Edit</source>
      <translation>编辑(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Undo</source>
      <translation>撤销(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Redo</source>
      <translation>重做(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Undo {action}</source>
      <translation>撤销{action}(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>&amp;Redo {action}</source>
      <translation>重做{action}(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Save the session</source>
      <translation>保存会话</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>The session was not saved</source>
      <translation>会话未保存</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Could not save the session to {file}: {problem}.</source>
      <translation>无法将会话保存到 {file}：{problem}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Session saved to {file} ({size} KB).</source>
      <translation>会话已保存到 {file}（{size} KB）。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Open a session</source>
      <translation>打开会话</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Opening the session {file}…</source>
      <translation>正在打开会话 {file}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>There is no last session yet: convviz saves one when it closes.</source>
      <translation>还没有上次会话：convviz 会在关闭时保存一个。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>This session cannot be opened</source>
      <translation>无法打开此会话</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>This session</source>
      <translation>此会话</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source> (left out: {views} — not in this convviz)</source>
      <translation>（已略过：{views}——此版本 convviz 中没有）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>Session {name} opened{note}.</source>
      <translation>会话 {name} 已打开{note}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>The session's lesson {number} is not in this convviz.</source>
      <translation>会话中的第 {number} 课不在此版本 convviz 中。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/actions.py" />
      <source>The session's lesson file {path} is no longer there.</source>
      <translation>会话的课程文件 {path} 已不存在。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Edit the kernel</source>
      <translation>编辑卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Switch grey / RGB</source>
      <translation>切换灰度 / RGB</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Link the channels</source>
      <translation>关联通道</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Choose the channel</source>
      <translation>选择通道</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Flip the kernel</source>
      <translation>翻转卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the stride</source>
      <translation>修改步幅</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the padding</source>
      <translation>修改填充</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the border</source>
      <translation>修改边缘</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the dilation</source>
      <translation>修改膨胀</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Choose the activation</source>
      <translation>选择激活函数</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the leaky slope</source>
      <translation>修改 leaky 斜率</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the ELU alpha</source>
      <translation>修改 ELU 的 alpha</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Choose the pooling</source>
      <translation>选择池化</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the pool size</source>
      <translation>修改池化大小</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the pool stride</source>
      <translation>修改池化步幅</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the groups</source>
      <translation>修改分组</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Edit the input</source>
      <translation>编辑输入</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Switch convolution / pooling</source>
      <translation>切换卷积 / 池化</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the kernel's factor</source>
      <translation>修改卷积核系数</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the bias</source>
      <translation>修改偏置</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Step another filter</source>
      <translation>逐步查看另一个滤波器</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the output padding</source>
      <translation>修改输出填充</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Kernel preset {preset}</source>
      <translation>卷积核预设 {preset}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Change the settings</source>
      <translation>修改设置</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Resize the input</source>
      <translation>调整输入大小</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Resize the kernel</source>
      <translation>调整卷积核大小</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Load an example</source>
      <translation>载入示例</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Edit a filter</source>
      <translation>编辑滤波器</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Reset the filters</source>
      <translation>重置滤波器</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Pick {picture}</source>
      <translation>选择 {picture}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/tools/sessions/undo_documents.py" />
      <source>Open {picture}</source>
      <translation>打开 {picture}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>activation</source>
      <translation>激活函数</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>slope a = </source>
      <translation>斜率 a = </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>leaky ReLU slope</source>
      <translation>leaky ReLU 斜率</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>How much of a negative value leaky ReLU lets through</source>
      <translation>leaky ReLU 让负值通过多少</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>ELU alpha</source>
      <translation>ELU 的 alpha</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>The value ELU approaches for very negative inputs</source>
      <translation>输入非常负时 ELU 趋近的值</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/activation_controls.py" />
      <source>the activation's curve</source>
      <translation>激活函数曲线</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>the red channel</source>
      <translation>红色通道</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>the green channel</source>
      <translation>绿色通道</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>the blue channel</source>
      <translation>蓝色通道</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>The kernel of {channel}</source>
      <translation>{channel}的卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>{channel} ∗ kernel</source>
      <translation>{channel} ∗ 卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>The three channel maps add up to the feature map (below, right)</source>
      <translation>三个通道的图相加得到特征图（右下）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>Three maps, one per channel: {channel} is shown below, right</source>
      <translation>三张图，每个通道一张：{channel}的图显示在右下</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/channel_strip.py" />
      <source>, every cell × {factor}</source>
      <translation>，每个单元格 × {factor}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>map</source>
      <translation>图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>Arrow keys choose a pixel; its sum is then shown term by term</source>
      <translation>方向键选择一个像素；随后逐项显示它的和</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>Colours: {meaning}</source>
      <translation>颜色：{meaning}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>values {low} … {high}</source>
      <translation>数值 {low} … {high}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source> (sampled)</source>
      <translation>（抽样）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>1 screen pixel = {step}×{step} cells; </source>
      <translation>1 屏幕像素 = {step}×{step} 个单元格；</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/feature_map.py" />
      <source>, beyond the bar in its end colours</source>
      <translation>，超出色条的值用两端颜色显示</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>input picture</source>
      <translation>输入图片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>A sample picture to convolve, or drawing your own</source>
      <translation>用于卷积的示例图片，或自己画</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>— Your own —</source>
      <translation>— 自己的 —</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Draw your own picture</source>
      <translation>自己画一张图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Live camera</source>
      <translation>实时摄像头</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Every camera frame through the kernel, activation and pooling, as it comes</source>
      <translation>每一帧摄像头画面随到随过卷积核、激活函数和池化</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Grey</source>
      <translation>灰度</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>RGB (3 channels)</source>
      <translation>RGB（3 通道）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>One channel: the brightness of each pixel</source>
      <translation>一个通道：每个像素的亮度</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Red, green and blue: a kernel per channel, results summed</source>
      <translation>红、绿、蓝：每个通道一个卷积核，结果相加</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>drawing canvas</source>
      <translation>绘图区</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Clear drawing</source>
      <translation>清除绘图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Wipe the drawing and start again</source>
      <translation>擦掉绘图重新开始</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Channels</source>
      <translation>通道</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/input_picker.py" />
      <source>Picture</source>
      <translation>图片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Custom (edited by hand)</source>
      <translation>自定义（手动编辑）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Cross-correlation (flip off): the kernel slides over the picture as drawn. This is what CNN layers (and PyTorch's conv2d) compute.</source>
      <translation>互相关（不翻转）：卷积核按原样在图片上滑动。CNN 层（以及 PyTorch 的 conv2d）计算的就是这个。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>True convolution (flip on): the kernel is rotated 180° before it slides, as in signal processing. Kernels unchanged by a 180° turn (box blur, Laplacian) give the same map either way; a mirror-symmetric one like [1 0 −1] changes sign.</source>
      <translation>真正的卷积（翻转）：卷积核滑动前先旋转 180°，与信号处理中相同。旋转 180° 后不变的卷积核（均值模糊、拉普拉斯）两种方式得到同一张图；像 [1 0 −1] 这样镜像对称的卷积核会变号。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Flip the kernel (true convolution)</source>
      <translation>翻转卷积核（真正的卷积）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Flip (true convolution)</source>
      <translation>翻转（真正的卷积）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Kernels the course uses, each with what it does</source>
      <translation>课程使用的卷积核及其作用</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>kernel preset</source>
      <translation>卷积核预设</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Kernel height (rows)</source>
      <translation>卷积核高度（行）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Kernel width (columns)</source>
      <translation>卷积核宽度（列）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>kernel rows</source>
      <translation>卷积核行数</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>kernel columns</source>
      <translation>卷积核列数</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Double-click a cell (or select it and type) to change a weight</source>
      <translation>双击单元格（或选中后输入）以修改权重</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Normalise (sum 1)</source>
      <translation>归一化（和为 1）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Make the weights sum to 1 so the kernel keeps brightness: whole cells stay and get the factor 1/sum</source>
      <translation>使权重之和为 1，让卷积核保持亮度：整数单元格不变，另乘以系数 1/和</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Randomise</source>
      <translation>随机</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Random whole numbers from −3 to 3</source>
      <translation>−3 到 3 之间的随机整数</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Reset</source>
      <translation>重置</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Back to the Sobel x kernel</source>
      <translation>恢复为 Sobel x 卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Channel:</source>
      <translation>通道：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Show and edit this channel's slice of the kernel</source>
      <translation>显示并编辑该通道的卷积核切片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Same kernel for all three channels</source>
      <translation>三个通道使用同一卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Edit one kernel that every colour channel uses</source>
      <translation>编辑所有颜色通道共用的一个卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Groups: 1 = the kernel's three slices are summed into one map (an ordinary filter); 3 = depthwise: each channel is convolved alone and keeps its own map; 2 does not divide 3 channels</source>
      <translation>分组：1 = 卷积核的三个切片相加成一张图（普通滤波器）；3 = 逐通道：每个通道单独卷积，各得一张图；2 不能整除 3 个通道</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Groups</source>
      <translation>分组</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Size</source>
      <translation>大小</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Preset</source>
      <translation>预设</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Kernel: {name}.</source>
      <translation>卷积核：{name}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Your own kernel: double-click a cell to type a weight.</source>
      <translation>你自己的卷积核：双击单元格输入权重。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>Every cell is multiplied by {factor} (the sum of products is, all at once)</source>
      <translation>每个单元格乘以 {factor}（即乘积之和一次性乘以它）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>sum of cells = {cells} × {factor} = {weights}</source>
      <translation>单元格之和 = {cells} × {factor} = {weights}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>sum of cells = {weights}</source>
      <translation>单元格之和 = {weights}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>one map from all channels</source>
      <translation>所有通道合成一张图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>depthwise: one map per channel</source>
      <translation>逐通道：每个通道一张图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/kernel_editor.py" />
      <source>must divide 3</source>
      <translation>必须整除 3</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No map: the settings give no output (see the feature map).</source>
      <translation>无图：这些设置没有输出（见特征图）。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Input</source>
      <translation>输入</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Feature map</source>
      <translation>特征图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>click a pixel to pin it</source>
      <translation>点击像素将其固定</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After activation</source>
      <translation>激活之后</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After pooling</source>
      <translation>池化之后</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>convolution</source>
      <translation>卷积</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>cross-correlation</source>
      <translation>互相关</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Feature map: {kh}×{kw} {kind} → {oh}×{ow}</source>
      <translation>特征图：{kh}×{kw} {kind} → {oh}×{ow}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Depthwise map of {channel}: {kh}×{kw} {kind} → {oh}×{ow}</source>
      <translation>{channel}的逐通道图：{kh}×{kw} {kind} → {oh}×{ow}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After {activation}</source>
      <translation>{activation} 之后</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No activation</source>
      <translation>无激活</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After {k}×{k} max pooling → {ph}×{pw}</source>
      <translation>{k}×{k} 最大池化之后 → {ph}×{pw}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After {k}×{k} average pooling → {ph}×{pw}</source>
      <translation>{k}×{k} 平均池化之后 → {ph}×{pw}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No pooling: the activation map goes on unchanged.</source>
      <translation>无池化：激活图原样传递。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No pooling</source>
      <translation>无池化</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>Feature map: no output</source>
      <translation>特征图：无输出</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After activation: no map</source>
      <translation>激活之后：无图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>After pooling: no map</source>
      <translation>池化之后：无图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pipeline_maps.py" />
      <source>No map</source>
      <translation>无图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>Max pooling</source>
      <translation>最大池化</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>keeps the strongest answer of each window: where a feature is, roughly</source>
      <translation>保留每个窗口的最强响应：大致表示特征所在位置</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>Average pooling</source>
      <translation>平均池化</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>averages each window: a smaller, smoother map</source>
      <translation>对每个窗口取平均：更小、更平滑的图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>the activation map goes on unchanged</source>
      <translation>激活图原样传递</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>pooling</source>
      <translation>池化</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>Max or average pooling, or none</source>
      <translation>最大池化或平均池化，或不池化</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>window </source>
      <translation>窗口 </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>pooling window</source>
      <translation>池化窗口</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>Rows and columns of the pooling window</source>
      <translation>池化窗口的行数和列数</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>stride </source>
      <translation>步幅 </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>pooling stride</source>
      <translation>池化步幅</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>How many cells the pooling window jumps</source>
      <translation>池化窗口每次跳过几个单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/pooling_controls.py" />
      <source>{k}×{k} windows, stride {stride}: {what}.</source>
      <translation>{k}×{k} 窗口，步幅 {stride}：{what}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>Click a pixel of the convolution map to pin it: its receptive field lights up on the input and its arithmetic appears here.</source>
      <translation>点击卷积图中的一个像素将其固定：它的感受野会在输入上亮起，计算过程显示在这里。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>The orange cells on the input are the ones it reads (pink: padding).</source>
      <translation>输入中橙色的格子就是它读取的格子（粉色：填充）。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>the products of the clicked pixel</source>
      <translation>所点击像素的乘积</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>The sum behind the output pixel you clicked, term by term</source>
      <translation>你点击的输出像素背后的和，逐项显示</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>Output pixel ({cell})</source>
      <translation>输出像素（{cell}）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>sum of channels:</source>
      <translation>通道之和：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>no activation: {value}</source>
      <translation>无激活：{value}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>goes into pooled cell ({cell})</source>
      <translation>进入池化单元格（{cell}）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/products_panel.py" />
      <source>then {step}</source>
      <translation>然后 {step}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>PyTorch code</source>
      <translation>PyTorch 代码</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>The same computation written with F.conv2d, to read or copy</source>
      <translation>用 F.conv2d 写出的同一计算，可阅读或复制</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>Checking the map against PyTorch…</source>
      <translation>正在用 PyTorch 核对该图…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>the same {h}×{w} map</source>
      <translation>相同的 {h}×{w} 图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>the same values on rows {r0}–{r1}, columns {c0}–{c1} of the {h}×{w} map</source>
      <translation>在 {h}×{w} 图的第 {r0}–{r1} 行、第 {c0}–{c1} 列上数值相同</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>PyTorch gives {compared}: largest difference {difference} (float rounding).</source>
      <translation>PyTorch 给出{compared}：最大差值 {difference}（浮点舍入）。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/torch_panel.py" />
      <source>PyTorch differs by up to {difference}: please report this.</source>
      <translation>PyTorch 的结果最多相差 {difference}：请报告此问题。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>All settings</source>
      <translation>全部设置</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Show the picture and sliding-window settings (presentation mode keeps only the kernel, to give the numbers room)</source>
      <translation>显示图片和滑动窗口设置（演示模式只保留卷积核，为数字腾出空间）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Kernel</source>
      <translation>卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Sliding the window</source>
      <translation>滑动窗口</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Input, kernel and sliding settings; scrolls with the arrow keys</source>
      <translation>输入、卷积核和滑动设置；可用方向键滚动</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>The pinned pixel's arithmetic</source>
      <translation>固定像素的计算</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>The same in PyTorch</source>
      <translation>在 PyTorch 中的相同计算</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Could not compute this frame: {reason}</source>
      <translation>无法计算这一帧：{reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>{problem}; computing on the CPU.</source>
      <translation>{problem}；改用 CPU 计算。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>your drawing</source>
      <translation>你的绘图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>the camera, {rate:.1f} frames a second</source>
      <translation>摄像头，每秒 {rate:.1f} 帧</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>colour, 3 channels</source>
      <translation>彩色，3 通道</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>grey: its 3 channels are equal</source>
      <translation>灰度：3 个通道相同</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>colour shown as grey</source>
      <translation>彩色以灰度显示</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Input: {picture} ({h}×{w}, {note})</source>
      <translation>输入：{picture}（{h}×{w}，{note}）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Could not load that picture: {problem}</source>
      <translation>无法加载该图片：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Could not draw the maps at this size: {problem}</source>
      <translation>无法以此大小绘制这些图：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>PyTorch check failed: {problem}</source>
      <translation>PyTorch 核对失败：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>Could not compute this: {problem}</source>
      <translation>无法计算：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>PyTorch checks the map once the camera is paused.</source>
      <translation>摄像头暂停后，PyTorch 会核对该图。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>No map to compare with PyTorch.</source>
      <translation>没有可与 PyTorch 对比的图。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/view.py" />
      <source>camera frame {number}</source>
      <translation>摄像头第 {number} 帧</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>valid (no padding)</source>
      <translation>valid（无填充）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>same (output ⌈n / stride⌉)</source>
      <translation>same（输出 ⌈n / 步幅⌉）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>cells per side…</source>
      <translation>每边单元格数…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>zeros</source>
      <translation>零</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>reflect (mirror)</source>
      <translation>reflect（镜像）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>replicate (edge)</source>
      <translation>replicate（边缘）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{what} along the rows (down)</source>
      <translation>{what}，沿行方向（向下）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{what} along the columns (across)</source>
      <translation>{what}，沿列方向（横向）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>same both ways</source>
      <translation>两个方向相同</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>One number for rows and columns; untick to set them apart</source>
      <translation>行和列用同一个数；取消勾选可分别设置</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Rows and columns</source>
      <translation>行和列</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Rows (down)</source>
      <translation>行（向下）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Stride: how many cells the window jumps</source>
      <translation>步幅：窗口每次跳过的单元格数</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Dilation: the gap between the kernel's taps</source>
      <translation>膨胀：卷积核采样点之间的间隔</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>padding</source>
      <translation>填充</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>No padding, a number of cells, or padding that keeps the size</source>
      <translation>不填充、填充若干单元格，或保持大小的填充</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Padding: cells added on each side</source>
      <translation>填充：每边添加的单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>What the added border cells contain</source>
      <translation>添加的边缘单元格包含什么</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>border</source>
      <translation>边缘</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>stride</source>
      <translation>步幅</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>dilation</source>
      <translation>膨胀</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{setting}, rows</source>
      <translation>{setting}，行</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{setting}, columns</source>
      <translation>{setting}，列</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Stride</source>
      <translation>步幅</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Padding</source>
      <translation>填充</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Border</source>
      <translation>边缘</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Dilation</source>
      <translation>膨胀</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Output size {formula}:</source>
      <translation>输出大小 {formula}：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>height: (no picture yet)</source>
      <translation>高：（还没有图片）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>width:</source>
      <translation>宽：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>Output size {formula}, the kernel spanning f = d·(f − 1) + 1 cells; dilated form {dilated}:</source>
      <translation>输出大小 {formula}，卷积核跨越 f = d·(f − 1) + 1 个单元格；膨胀形式 {dilated}：</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>height: {formula}</source>
      <translation>高：{formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>width:  {formula}</source>
      <translation>宽：{formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>No output with these settings</source>
      <translation>这些设置没有输出</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/convolution/window_settings.py" />
      <source>{n_h}×{n_w} picture  →  {h}×{w} map</source>
      <translation>{n_h}×{n_w} 图片  →  {h}×{w} 图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>digit drawing canvas</source>
      <translation>数字绘图区</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Stroke width of the pen (MNIST strokes are about 2–3 of its 28 pixels)</source>
      <translation>笔画宽度（MNIST 的笔画约占 28 像素中的 2–3 像素）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>pen width</source>
      <translation>笔宽</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Remove the last stroke (Ctrl+Z)</source>
      <translation>删除最后一笔（Ctrl+Z）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Wipe the canvas</source>
      <translation>擦除绘图区</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>class of the test digit</source>
      <translation>测试数字的类别</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Which digit “Test digit” picks: without a mouse, pick a test digit instead of drawing</source>
      <translation>“测试数字”选择哪个数字：没有鼠标时，可选测试数字而不必绘制</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>any digit</source>
      <translation>任意数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Test digit</source>
      <translation>测试数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Pick a random digit of this class from the 10,000 MNIST test digits</source>
      <translation>从 10,000 个 MNIST 测试数字中随机选一个该类别的数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Open photo…</source>
      <translation>打开照片…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>A photo or scan of a digit on paper works: dark ink is detected and flipped</source>
      <translation>纸上数字的照片或扫描件也可以：会自动识别深色墨迹并反转</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Camera</source>
      <translation>摄像头</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/digit_pad.py" />
      <source>Hold a digit written on paper up to the camera: every frame goes through the preprocessing and every layer</source>
      <translation>把写在纸上的数字举到摄像头前：每一帧都会经过预处理和每一层</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>conv1 filters (6 × 5×5)</source>
      <translation>conv1 滤波器（6 × 5×5）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>click a filter to edit it</source>
      <translation>点击滤波器进行编辑</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>conv2 filters (16 columns × 6 slices)</source>
      <translation>conv2 滤波器（16 列 × 6 个切片）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>a column is one filter, a row one pool1 map · click to edit</source>
      <translation>每列是一个滤波器，每行对应一张 pool1 图 · 点击编辑</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>conv1 filter {filter}</source>
      <translation>conv1 滤波器 {filter}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_bank.py" />
      <source>conv2 filter {filter}, slice for pool1 map {map}</source>
      <translation>conv2 滤波器 {filter}，对应 pool1 第 {map} 张图的切片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Pick a filter to edit</source>
      <translation>选择要编辑的滤波器</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>slice for pool1 map </source>
      <translation>pool1 图对应切片 </translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>slice for pool1 map</source>
      <translation>pool1 图的切片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>conv2 filters have one 5×5 slice per pool1 map: pick which one to edit.</source>
      <translation>conv2 滤波器对每张 pool1 图有一个 5×5 切片：选择要编辑哪一个。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Select a cell with the arrow keys and type a number to change a weight</source>
      <translation>用方向键选择单元格，输入数字来修改权重</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Zero this filter</source>
      <translation>将此滤波器清零</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Set every weight of this filter (all its slices) to 0; its bias stays.</source>
      <translation>把此滤波器的所有权重（所有切片）设为 0；偏置保持不变。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Reset filter</source>
      <translation>重置滤波器</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Give this filter back its trained weights.</source>
      <translation>恢复此滤波器训练得到的权重。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Reset all to trained</source>
      <translation>全部恢复为训练权重</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Undo every edit: the network as it was trained.</source>
      <translation>撤销所有修改：恢复网络训练后的样子。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>A kernel to put into this slice with “Put preset here”</source>
      <translation>用“将预设放到这里”放入此切片的卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Put preset here</source>
      <translation>在此放入预设</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>Replace this slice by the preset (a 3×3 preset is padded with zeros to 5×5).</source>
      <translation>用预设替换此切片（3×3 的预设会用零补到 5×5）。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>filter {filter}</source>
      <translation>滤波器 {filter}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>edited: differs from the trained weights</source>
      <translation>已编辑：与训练权重不同</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/filter_editor.py" />
      <source>the trained weights (type to change a cell)</source>
      <translation>训练得到的权重（输入即可修改单元格）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>Click any map to inspect it</source>
      <translation>点击任意一张图进行查看</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>hover for values</source>
      <translation>悬停查看数值</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>Every map of the network is computed from the maps before it. Click one (in the layers on the left) to see its input, its filter and the result side by side.</source>
      <translation>网络中的每张图都由前面的图计算得到。点击一张（左侧各层中），并排查看它的输入、滤波器和结果。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>⋆ slides the filter over the input (cross-correlation, as torch's conv2d)</source>
      <translation>⋆ 让滤波器在输入上滑动（互相关，与 torch 的 conv2d 相同）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>a weighted sum of all inputs</source>
      <translation>所有输入的加权和</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layer_detail.py" />
      <source>bias</source>
      <translation>b</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>conv1 · 6 maps 28×28</source>
      <translation>conv1 · 6 张 28×28 图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>ReLU · max(0, x)</source>
      <translation>ReLU · max(0, x)</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>max pool 2×2 → 14×14</source>
      <translation>最大池化 2×2 → 14×14</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>conv2 · 16 maps 10×10</source>
      <translation>conv2 · 16 张 10×10 图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>max pool 2×2 → 5×5</source>
      <translation>最大池化 2×2 → 5×5</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>fc1 · 120 units (top row: before ReLU, bottom: after)</source>
      <translation>fc1 · 120 个单元（上行：ReLU 前，下行：ReLU 后）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>fc2 · 84 units (top row: before ReLU, bottom: after)</source>
      <translation>fc2 · 84 个单元（上行：ReLU 前，下行：ReLU 后）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>before ReLU</source>
      <translation>ReLU 前</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>after ReLU</source>
      <translation>ReLU 后</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>{layer} unit {unit} {when}</source>
      <translation>{layer} 单元 {unit}（{when}）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>hover: values · click: inspect</source>
      <translation>悬停：数值 · 点击：查看</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>hover: a unit's value · click: its weights</source>
      <translation>悬停：单元数值 · 点击：其权重</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>What does {layer} map {number} look for?</source>
      <translation>{layer} 第 {number} 张图在寻找什么？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/layers.py" />
      <source>What does {layer} unit {number} look for?</source>
      <translation>{layer} 第 {number} 个单元在寻找什么？</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>your model's maps</source>
      <translation>你的模型的各张图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>Every layer of your own model; the arrow keys scroll</source>
      <translation>你自己模型的每一层；方向键可滚动</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>this model</source>
      <translation>此模型</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>its layers cannot be shown ({problem}) Its answer and the “Why this digit?” maps still work.</source>
      <translation>无法显示其各层（{problem}）。它的答案和“为什么是这个数字？”的图仍然可用。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>{count} layers found · hover a map for values</source>
      <translation>找到 {count} 层 · 悬停在图上查看数值</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>hover: values</source>
      <translation>悬停：数值</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>hover: a unit's value</source>
      <translation>悬停：单元数值</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>This model has no convolution layer, so there are no filters to show.</source>
      <translation>此模型没有卷积层，因此没有可显示的滤波器。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source> (slices for input channel 1 of {channels})</source>
      <translation>（输入通道 1/{channels} 的切片）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>{count} filters {height}×{width} × {channels} channel(s)</source>
      <translation>{count} 个滤波器 {height}×{width} × {channels} 通道</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>a column is one filter · hover: weights</source>
      <translation>每列是一个滤波器 · 悬停：权重</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/own_model_display.py" />
      <source>Filters</source>
      <translation>滤波器</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>picture</source>
      <translation>图片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>crop</source>
      <translation>裁剪</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>fit 20×20</source>
      <translation>缩放到 20×20</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>centre 28×28</source>
      <translation>居中 28×28</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>MNIST already
cropped, fitted
and centred it  ⟶</source>
      <translation>MNIST 已经
裁剪、缩放
并居中  ⟶</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>how the drawing becomes the network's 28×28 input</source>
      <translation>绘图如何变成网络的 28×28 输入</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>picture (flipped)</source>
      <translation>图片（已反转）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>crop {height}×{width}</source>
      <translation>裁剪 {height}×{width}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>Dark ink on a light background was flipped to white on black. </source>
      <translation>浅色背景上的深色墨迹已反转为黑底白字。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>The digit's box (orange) is cut out, scaled to fit 20×20 keeping its shape, and placed in 28×28 with its centre of mass on the cross, as MNIST digits were made.</source>
      <translation>把数字的框（橙色）裁下，保持形状缩放到 20×20，再放进 28×28，使质心落在十字上，与 MNIST 数字的制作方式相同。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>28×28 as is</source>
      <translation>28×28 原样</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>An MNIST test digit is already cropped, fitted into 20×20 and centred, so it goes in unchanged.</source>
      <translation>MNIST 测试数字已经裁剪、缩放到 20×20 并居中，因此原样输入。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/preprocess_strip.py" />
      <source>Draw, open a photo or pick a test digit: its preprocessing appears here.</source>
      <translation>绘制、打开照片或选择测试数字：预处理过程会显示在这里。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/session.py" />
      <source>The session's filters were edited on other trained weights than the ones loaded now; its edited filters are back, the others are the weights loaded now.</source>
      <translation>会话中的滤波器是在另一组训练权重上编辑的；已编辑的滤波器已恢复，其余为当前加载的权重。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Images</source>
      <translation>图片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>The slide prints &lt;b&gt;61,795&lt;/b&gt;: it counts each fully connected layer's biases as 1. With one bias per neuron (120 + 84 + 10) the true total is &lt;b&gt;62,006&lt;/b&gt;.</source>
      <translation>课件上写的是 &lt;b&gt;61,795&lt;/b&gt;：它把每个全连接层的偏置算作 1 个。每个神经元一个偏置（120 + 84 + 10）时，真实总数是 &lt;b&gt;62,006&lt;/b&gt;。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>LeNet</source>
      <translation>LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>The trained LeNet could not be loaded</source>
      <translation>无法加载已训练的 LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Draw a digit</source>
      <translation>画一个数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>What the network gets</source>
      <translation>网络收到的输入</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>colour range</source>
      <translation>颜色范围</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Which maps share colour-bar ends: each map its own, the maps of a layer, or every map of the network (one colour, one value everywhere)</source>
      <translation>哪些图共用色条两端：每张图各自一套、同一层的图共用，或整个网络共用（处处同色同值）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Every layer, live</source>
      <translation>实时查看每一层</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Learned filters · edit the trained network</source>
      <translation>学到的滤波器 · 编辑已训练的网络</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>PyTorch counts {count} parameters in this model.</source>
      <translation>PyTorch 统计此模型有 {count} 个参数。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>This network (PyTorch)</source>
      <translation>此网络（PyTorch）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>The slide's table</source>
      <translation>课件中的表格</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Inspect</source>
      <translation>查看</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Edit filters</source>
      <translation>编辑滤波器</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Parameters</source>
      <translation>参数</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Every layer</source>
      <translation>每一层</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Inspect · edit · parameters</source>
      <translation>查看 · 编辑 · 参数</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Open a photo of a digit</source>
      <translation>打开数字的照片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>draw a digit</source>
      <translation>画一个数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>Could not open that photo: {problem} The drawing stays.</source>
      <translation>无法打开该照片：{problem} 绘图保持不变。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>preprocess {ms} ms · forward {forward} ms</source>
      <translation>预处理 {ms} ms · 前向传播 {forward} ms</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/lenet/view.py" />
      <source>camera</source>
      <translation>摄像头</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/channel_grids.py" />
      <source>The channels' sums are added into one output cell</source>
      <translation>各通道的和相加得到一个输出单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/channel_grids.py" />
      <source>Sum {total}</source>
      <translation>和 {total}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Transposed convolution</source>
      <translation>转置卷积</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>cells (rows × columns)</source>
      <translation>单元格（行 × 列）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>“same”: ⌈n / stride⌉ out</source>
      <translation>“same”：输出 ⌈n / 步幅⌉</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>“valid”: none</source>
      <translation>“valid”：无</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>The decks' worked examples, or your own numbers</source>
      <translation>课件中的例题，或你自己的数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Your own numbers</source>
      <translation>自己的数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Random numbers</source>
      <translation>随机数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Fill the input with new random whole numbers 0–9</source>
      <translation>用新的 0–9 随机整数填充输入</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Use the picture</source>
      <translation>使用图片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Shrink the open picture to the input size (grey levels 0–255)</source>
      <translation>把打开的图片缩小到输入大小（灰度 0–255）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>input rows</source>
      <translation>输入行数</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>input columns</source>
      <translation>输入列数</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Convolution, max or average pooling, or a transposed convolution</source>
      <translation>卷积、最大或平均池化，或转置卷积</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Kernels the course uses</source>
      <translation>课程使用的卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>(your own kernel)</source>
      <translation>（自己的卷积核）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Off: cross-correlation, what CNNs compute. On: the kernel is turned 180° first, as in the mathematical convolution.</source>
      <translation>关：互相关，即 CNN 的计算方式。开：先把卷积核旋转 180°，与数学上的卷积相同。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Second kernel on the output</source>
      <translation>在输出上再加一个卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Apply a second kernel to the output and click its cells: the input cells one cell of layer 2 depends on light up (two 3×3 kernels see 5×5)</source>
      <translation>对输出再应用一个卷积核并点击其单元格：第 2 层某个单元格所依赖的输入单元格会亮起（两个 3×3 卷积核看到 5×5）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>pooling window size</source>
      <translation>池化窗口大小</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>“same” pads so that the output has ⌈n / stride⌉ cells a side: the input's size at stride 1</source>
      <translation>“same” 填充使输出每边有 ⌈n / 步幅⌉ 个单元格：步幅为 1 时与输入同大</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>padding on every side (rows; columns too while they are equal)</source>
      <translation>每边的填充（行；相等时列也一样）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Rows of padding above and below; the columns follow while both are equal</source>
      <translation>上下的填充行数；两者相等时列数随之改变</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>padding columns (left and right)</source>
      <translation>填充列数（左右）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Columns of padding left and right: set them apart from the rows here</source>
      <translation>左右的填充列数：可在此与行数分开设置</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>output padding</source>
      <translation>输出填充</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>output padding: extra cells kept at the bottom and right of a transposed convolution's output (smaller than the stride or the dilation)</source>
      <translation>输出填充：转置卷积输出底部和右侧额外保留的单元格（小于步幅或膨胀）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>filter stepped through</source>
      <translation>逐步查看的滤波器</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Added once to the channels' sums: output = red + green + blue + b</source>
      <translation>在各通道之和上加一次：输出 = 红 + 绿 + 蓝 + b</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Operation</source>
      <translation>运算</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Kernel size</source>
      <translation>卷积核大小</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Window</source>
      <translation>窗口</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Filter</source>
      <translation>滤波器</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Bias b</source>
      <translation>偏置 b</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Sliding</source>
      <translation>滑动</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Pad cells</source>
      <translation>填充单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Output padding</source>
      <translation>输出填充</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Shrink “{name}” to the input size (grey levels 0–255)</source>
      <translation>把“{name}”缩小到输入大小（灰度 0–255）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/controls.py" />
      <source>Open a picture first</source>
      <translation>请先打开一张图片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>kernel 2 (on the output)</source>
      <translation>卷积核 2（作用于输出）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>No layer 2</source>
      <translation>无第 2 层</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>layer 2, {rows}×{cols} (click a cell)</source>
      <translation>第 2 层，{rows}×{cols}（点击单元格）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>same as one {rows}×{cols} kernel</source>
      <translation>相当于一个 {rows}×{cols} 卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/stack_panel.py" />
      <source>Layer-2 cell ({cell}) reads {rows}×{cols} cells of the first output, which together read {size} input cells: its receptive field.</source>
      <translation>第 2 层单元格（{cell}）读取第一层输出的 {rows}×{cols} 个单元格，它们合起来读取 {size} 个输入单元格：这就是它的感受野。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>{speed} step/s</source>
      <translation>{speed} 步/秒</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>{speed} steps/s</source>
      <translation>{speed} 步/秒</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>First step (Home)</source>
      <translation>第一步（Home）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Step back (Left)</source>
      <translation>后退一步（左）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Play / pause (Space)</source>
      <translation>播放 / 暂停（空格）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Step forward (Right)</source>
      <translation>前进一步（右）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Last step (End)</source>
      <translation>最后一步（End）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Drag to any step</source>
      <translation>拖动到任意一步</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Playback speed (+ / −)</source>
      <translation>播放速度（+ / −）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>Play</source>
      <translation>播放</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>step {step} of {count}</source>
      <translation>第 {step} 步，共 {count} 步</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/step_player.py" />
      <source>no steps</source>
      <translation>没有步骤</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source> of “{picture}”</source>
      <translation>（来自“{picture}”）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Input {rows}×{cols}</source>
      <translation>输入 {rows}×{cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>transposed convolution: every input cell stamps the kernel, scaled, into the output</source>
      <translation>转置卷积：每个输入单元格把按比例缩放的卷积核“盖印”到输出中</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Kernel {rows}×{cols}</source>
      <translation>卷积核 {rows}×{cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>No output</source>
      <translation>无输出</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>, {padding} cut from each side</source>
      <translation>，每边裁去 {padding}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Output {rows}×{cols}</source>
      <translation>输出 {rows}×{cols}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>The stamp: input cell × kernel</source>
      <translation>印章：输入单元格 × 卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>orange: this stamp</source>
      <translation>橙色：本次印章</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>… and {count} more overlapping cell(s)</source>
      <translation>……另有 {count} 个重叠单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Step {step} of {count} · input {cell} stamps {landed} output cell(s)</source>
      <translation>第 {step} 步，共 {count} 步 · 输入{cell}盖印 {landed} 个输出单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>, then × {factor}</source>
      <translation>，再 × {factor}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>Multiply the whole kernel by this input cell and add the stamp into the output; where stamps overlap the output holds their sum{then}.</source>
      <translation>用这个输入单元格乘以整个卷积核，把印章加到输出中；印章重叠处，输出为它们的和{then}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>{value} × kernel</source>
      <translation>{value} × 卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source> ({cut} of its cells fall in the cut-off padding)</source>
      <translation>（其中 {cut} 个单元格落在被裁去的填充中）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>{stamp}: the whole stamp falls in the cut-off padding</source>
      <translation>{stamp}：整个印章落在被裁去的填充中</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>{first} to {last}</source>
      <translation>{first} 到 {last}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/transposed_display.py" />
      <source>{stamp} → output rows {rows}, columns {cols}</source>
      <translation>{stamp} → 输出第 {rows} 行，第 {cols} 列</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Space plays or pauses, the arrow keys step, Home and End go to the first and last step; each step's arithmetic is read out</source>
      <translation>空格键播放或暂停，方向键单步，Home 和 End 跳到第一步和最后一步；每一步的算式都会被读出</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>The example, the operation and the sliding settings</source>
      <translation>示例、运算和滑动设置</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Show the settings column (presentation mode hides it to give the numbers room)</source>
      <translation>显示设置栏（演示模式会隐藏它，为数字腾出空间）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>the picture</source>
      <translation>该图片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Steps: “{picture}” is ready; press “Use the picture” to step through it.</source>
      <translation>逐步：“{picture}”已就绪；按“使用图片”逐步查看。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Open a picture first (File ▸ Open image…).</source>
      <translation>请先打开一张图片（文件 ▸ 打开图片…）。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Turned kernel</source>
      <translation>翻转的卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Every product is summed with the whole-number cells, then the sum is multiplied by {factor}.</source>
      <translation>先用整数单元格求出乘积之和，再把和乘以 {factor}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source> (turned 180°, as applied)</source>
      <translation>（已旋转 180°，即实际使用的形式）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>&lt;b&gt;max&lt;/b&gt; of each&lt;br&gt;{size}×{size} window&lt;br&gt;stride {stride}</source>
      <translation>每个 {size}×{size}&lt;br&gt;窗口的&lt;b&gt;最大值&lt;/b&gt;&lt;br&gt;步幅 {stride}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>&lt;b&gt;average&lt;/b&gt; of each&lt;br&gt;{size}×{size} window&lt;br&gt;stride {stride}</source>
      <translation>每个 {size}×{size}&lt;br&gt;窗口的&lt;b&gt;平均值&lt;/b&gt;&lt;br&gt;步幅 {stride}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source> of filter {filter} of {count}</source>
      <translation>（滤波器 {filter}/{count}）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Products: window × kernel</source>
      <translation>乘积：窗口 × 卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>The window</source>
      <translation>窗口</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Kernel, products and output are coloured by what they can be, as everywhere in convviz; every cell shows its number too.</source>
      <translation>卷积核、乘积和输出按其可能的取值着色，与 convviz 其他地方一致；每个单元格也显示数字。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>each kernel slice multiplies its own channel; the channels' sums and the bias are added into one output cell</source>
      <translation>卷积核的每个切片乘以各自的通道；各通道之和与偏置相加，得到一个输出单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>multiply each covered cell by the kernel weight in its corner, then add the products</source>
      <translation>把每个被覆盖的单元格乘以其角上的卷积核权重，再把乘积相加</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>the largest value wins</source>
      <translation>最大值胜出</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>add them all, divide by the count</source>
      <translation>全部相加，再除以个数</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Step {step} of {count} · output {cell}</source>
      <translation>第 {step} 步，共 {count} 步 · 输出{cell}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Nothing to show yet.</source>
      <translation>暂时没有内容。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>No steps with these settings</source>
      <translation>这些设置下没有步骤</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Change the kernel size, padding, stride or dilation and the steps come back.</source>
      <translation>修改卷积核大小、填充、步幅或膨胀，步骤就会回来。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>Steps: “{picture}” shrunk to {rows}×{cols} grey levels (0 = black, 255 = white).</source>
      <translation>逐步：“{picture}”已缩小为 {rows}×{cols} 的灰度值（0 = 黑，255 = 白）。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/views/steps/view.py" />
      <source>The picture could not be shrunk: {problem}</source>
      <translation>无法缩小图片：{problem}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/camera_panel.py" />
      <source>Keep the frame on screen as an ordinary picture: pin a pixel, step through it, export it</source>
      <translation>把这一帧作为普通图片留在屏幕上：固定一个像素、逐步查看、导出</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/camera_panel.py" />
      <source>Opening {source}…</source>
      <translation>正在打开 {source}…</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/camera_panel.py" />
      <source>{shown:.1f} frames a second shown ({captured:.1f} from the camera) · {width}×{height}</source>
      <translation>显示每秒 {shown:.1f} 帧（摄像头 {captured:.1f} 帧）· {width}×{height}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>confusion matrix</source>
      <translation>混淆矩阵</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>Rows: the true digit; columns: what the network read. Arrow keys choose a cell and list its test digits</source>
      <translation>行：真实数字；列：网络识别的结果。方向键选择单元格并列出其测试数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>read as →</source>
      <translation>识别为 →</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>true digit →</source>
      <translation>真实数字 →</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>{count} test digits that are {true}s read as {predicted}</source>
      <translation>{count} 个实为 {true} 的测试数字被识别为 {predicted}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/confusion_grid.py" />
      <source>{count} test digit(s) that are {true}s {what} · click to see them</source>
      <translation>{count} 个真实为 {true} 的测试数字{what} · 点击查看</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/drawing_canvas.py" />
      <source>Draw a digit: left button or pen. Ctrl+Z undoes the last stroke.</source>
      <translation>画一个数字：鼠标左键或手写笔。Ctrl+Z 撤销最后一笔。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/drawing_canvas.py" />
      <source>draw a digit here</source>
      <translation>在这里画一个数字</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/file_filters.py" />
      <source>All files</source>
      <translation>所有文件</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/live_camera.py" />
      <source>The camera is off.</source>
      <translation>摄像头已关闭。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/live_camera.py" />
      <source>Paused: frame {number} is the picture now.</source>
      <translation>已暂停：现在第 {number} 帧就是图片。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>map {number} of {count}</source>
      <translation>第 {number}/{count} 张图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>filter {number} of {count}</source>
      <translation>第 {number}/{count} 个滤波器</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>channel {number} of {count}</source>
      <translation>第 {number}/{count} 个通道</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>slice {number} of {count}</source>
      <translation>第 {number}/{count} 个切片</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>hover for values · click a map to inspect it</source>
      <translation>悬停查看数值 · 点击图进行查看</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>maps</source>
      <translation>各张图</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>Arrow keys choose a map (or a unit) to inspect, as a click does</source>
      <translation>方向键选择要查看的图（或单元），与点击相同</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/map_grid.py" />
      <source>this map's colours: {low} to {high}</source>
      <translation>此图颜色范围：{low} 到 {high}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>Arrow keys move between cells; type a number or press Enter to change one</source>
      <translation>方向键在单元格之间移动；输入数字或按 Enter 修改</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>Arrow keys move between cells to read them</source>
      <translation>方向键在单元格之间移动以读取数值</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>The cell keeps {value}.</source>
      <translation>单元格保持 {value}。</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>padding ({value})</source>
      <translation>填充（{value}）</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/matrix_grid.py" />
      <source>not revealed yet</source>
      <translation>尚未揭晓</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Layer</source>
      <translation>层</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Output</source>
      <translation>输出</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Activations</source>
      <translation>激活值</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Weights</source>
      <translation>权重</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Biases</source>
      <translation>偏置</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>ReLU</source>
      <translation>ReLU</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>max pool</source>
      <translation>最大池化</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>fully connected</source>
      <translation>全连接</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>softmax</source>
      <translation>softmax</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>parameters of each layer</source>
      <translation>每层的参数</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Each layer's output shape, weights and biases, one row a layer</source>
      <translation>每层的输出形状、权重和偏置，每行一层</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/parameter_table.py" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>probability of each digit</source>
      <translation>每个数字的概率</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>The network reads</source>
      <translation>网络识别为</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>{percent} sure</source>
      <translation>把握 {percent}</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>fc3 · 10 logits</source>
      <translation>fc3 · 10 个 logit</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>softmax · probabilities</source>
      <translation>softmax · 概率</translation>
    </message>
    <message>
      <location filename="../../convviz/app/widgets/probability_bars.py" />
      <source>logits</source>
      <translation>logit</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>None (identity)</source>
      <translation>无（恒等）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Passes every value through unchanged: the layer stays linear.</source>
      <translation>所有数值原样通过：该层保持线性。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Keeps positive responses and zeroes negative ones; cheap and does not saturate for x &gt; 0.</source>
      <translation>保留正响应，将负响应置零；计算简单，x &gt; 0 时不饱和。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Leaky ReLU</source>
      <translation>Leaky ReLU</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Like ReLU but lets a small slope a through for x &lt; 0, so neurons never stop learning entirely.</source>
      <translation>类似 ReLU，但 x &lt; 0 时保留小斜率 a，使神经元不会完全停止学习。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Sigmoid</source>
      <translation>Sigmoid</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Squashes any value into (0, 1); saturates for large |x|, so gradients vanish there.</source>
      <translation>把任意值压缩到 (0, 1)；|x| 较大时饱和，梯度在那里消失。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>tanh</source>
      <translation>tanh</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Squashes any value into (−1, 1), centred on zero; saturates like the sigmoid.</source>
      <translation>把任意值压缩到 (−1, 1)，以零为中心；与 sigmoid 一样会饱和。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>ELU</source>
      <translation>ELU</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Identity for x &gt; 0 and a smooth curve towards −α below zero, keeping mean activations near zero.</source>
      <translation>x &gt; 0 时为恒等，零以下平滑趋向 −α，使平均激活接近零。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Softmax</source>
      <translation>Softmax</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>Turns a vector of scores into probabilities that are positive and sum to 1 (the last layer of a classifier).</source>
      <translation>把分数向量变成和为 1 的正概率（分类器的最后一层）。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>unknown activation {name!r}; choose one of {choices}</source>
      <translation>未知的激活函数 {name!r}；请从 {choices} 中选择</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>the slope and alpha of an activation must be finite numbers</source>
      <translation>激活函数的斜率和 alpha 必须是有限数</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>maxout needs at least one feature map</source>
      <translation>maxout 至少需要一张特征图</translation>
    </message>
    <message>
      <location filename="../../convviz/core/activations.py" />
      <source>feature maps</source>
      <translation>特征图</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the image has {channels} channels but the kernel is a single {kh}×{kw} grid; use a gray image or a ({channels}, kh, kw) kernel</source>
      <translation>图像有 {channels} 个通道，但卷积核只是一个 {kh}×{kw} 网格；请使用灰度图像，或 ({channels}, kh, kw) 形状的卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>channel mismatch: the kernel has {kernel_channels} channel(s) but the image has {channels}; they must be equal</source>
      <translation>通道数不一致：卷积核有 {kernel_channels} 个通道，但图像有 {channels} 个；两者必须相等</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the {kh}×{kw} kernel (with dilation {d} it spans {span} cells) is too tall for the {padded}-cell padded input; add padding or use a smaller kernel</source>
      <translation>{kh}×{kw} 的卷积核（膨胀 {d} 时跨越 {span} 个单元格）对于填充后只有 {padded} 个单元格的输入来说太高；请增加填充或使用更小的卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the {kh}×{kw} kernel (with dilation {d} it spans {span} cells) is too wide for the {padded}-cell padded input; add padding or use a smaller kernel</source>
      <translation>{kh}×{kw} 的卷积核（膨胀 {d} 时跨越 {span} 个单元格）对于填充后只有 {padded} 个单元格的输入来说太宽；请增加填充或使用更小的卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>convolution engine</source>
      <translation>卷积引擎</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>groups</source>
      <translation>分组</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>dtype must be a float type such as float32 (got {dtype})</source>
      <translation>dtype 必须是浮点类型，例如 float32（收到 {dtype}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>image</source>
      <translation>图像</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>groups must be at least 1 (got {groups})</source>
      <translation>分组数必须至少为 1（收到 {groups}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>grouped convolution needs a (N, C/groups, kh, kw) bank of filters (got a kernel of shape {shape})</source>
      <translation>分组卷积需要 (N, C/groups, kh, kw) 形状的一组滤波器（收到的卷积核形状为 {shape}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the image's {channels} channel(s) cannot be split into {groups} equal groups; choose groups that divide {channels}</source>
      <translation>图像的 {channels} 个通道无法平均分成 {groups} 组；请选择能整除 {channels} 的分组数</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the {filters} filter(s) cannot be shared out among {groups} groups; the number of filters must be a multiple of groups</source>
      <translation>{filters} 个滤波器无法平均分给 {groups} 个分组；滤波器数量必须是分组数的倍数</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>with {groups} groups each filter sees {per_group} channel(s) ({channels} / {groups}), but the kernel has {kernel_channels}; its shape must be ({filters}, {per_group}, kh, kw)</source>
      <translation>分成 {groups} 组时，每个滤波器看到 {per_group} 个通道（{channels} / {groups}），但卷积核有 {kernel_channels} 个；它的形状必须是 ({filters}, {per_group}, kh, kw)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>grouped convolution needs a (C, H, W) picture with several channels</source>
      <translation>分组卷积需要一张有多个通道的 (C, H, W) 图片</translation>
    </message>
    <message>
      <location filename="../../convviz/core/conv.py" />
      <source>the OpenCV engine needs the opencv-python-headless package; install it or use engine="numpy"</source>
      <translation>OpenCV 引擎需要 opencv-python-headless 包；请安装它，或使用 engine="numpy"</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>device must be a name such as 'cpu' or 'cuda', not {name!r}</source>
      <translation>设备必须是 'cpu' 或 'cuda' 这样的名称，而不是 {name!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>unknown device {name!r}; choose one of {choices} (or 'auto')</source>
      <translation>未知的设备 {name!r}；请从 {choices} 中选择（或 'auto'）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>No usable CUDA GPU was found; computing on the CPU instead.</source>
      <translation>没有找到可用的 CUDA GPU；改用 CPU 计算。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>No usable Apple GPU (MPS) was found; computing on the CPU instead.</source>
      <translation>没有找到可用的 Apple GPU（MPS）；改用 CPU 计算。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/devices.py" />
      <source>There is no GPU number {index} (this machine has {count}); using cuda:0.</source>
      <translation>没有编号为 {index} 的 GPU（这台电脑有 {count} 个）；改用 cuda:0。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>a PostScript document</source>
      <translation>PostScript 文档</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>an EPS document (PostScript)</source>
      <translation>EPS 文档（PostScript）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>a PDF document</source>
      <translation>PDF 文档</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>image mode</source>
      <translation>图像模式</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>max_side must be a whole number of pixels, at least 1 (got {max_side!r})</source>
      <translation>max_side 必须是整数个像素，至少为 1（收到 {max_side!r}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} needs more memory than this computer has free; shrink it first</source>
      <translation>{name} 需要的内存超过这台电脑的可用内存；请先把它缩小</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} could not be read as a picture: it may be damaged or cut short ({error})</source>
      <translation>无法把 {name} 作为图片读取：它可能已损坏或不完整（{error}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>a picture</source>
      <translation>图片</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is empty (0 bytes), so it holds no picture</source>
      <translation>{name} 是空文件（0 字节），因此不包含图片</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is {kind}, not a picture convviz reads; convviz never starts another program to read a file. Export it as {formats} first</source>
      <translation>{name} 是{kind}，不是 convviz 能读取的图片；convviz 从不启动其他程序来读取文件。请先把它导出为 {formats}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is not a picture convviz can read; it reads {formats} files</source>
      <translation>{name} 不是 convviz 能读取的图片；它能读取 {formats} 文件</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is far too large to open safely (more than {limit:,} pixels); shrink it in an image editor first</source>
      <translation>{name} 太大，无法安全打开（超过 {limit:,} 像素）；请先在图片编辑器中把它缩小</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} has no pixels ({width}×{height})</source>
      <translation>{name} 没有像素（{width}×{height}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>{name} is {width}×{height} pixels, too large to open safely (the limit is {limit:,} pixels); shrink it in an image editor first</source>
      <translation>{name} 为 {width}×{height} 像素，太大，无法安全打开（上限是 {limit:,} 像素）；请先在图片编辑器中把它缩小</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>shape must be (height, width), not {shape!r}</source>
      <translation>shape 必须是 (height, width)，而不是 {shape!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>the downscaled size must be at least 1×1 (got {target_h}×{target_w})</source>
      <translation>缩小后的大小必须至少为 1×1（收到 {target_h}×{target_w}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/images.py" />
      <source>the image must be (H, W) or (C, H, W) and not empty (got shape {shape})</source>
      <translation>图像必须是 (H, W) 或 (C, H, W) 且不能为空（收到的形状为 {shape}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>the kernel's factor</source>
      <translation>卷积核系数</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must be a number such as 1/9, not {value!r}</source>
      <translation>{what}必须是数字，例如 1/9，而不是 {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must be a finite number such as 1/9, not {value!r}</source>
      <translation>{what}必须是有限数，例如 1/9，而不是 {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must be written like 1/9, 2 or 0.5, not {value!r}</source>
      <translation>{what}必须写成 1/9、2 或 0.5 这样的形式，而不是 {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must be a number such as 1/9, not {kind}</source>
      <translation>{what}必须是数字，例如 1/9，而不是 {kind}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} must not be 0 (every weight is multiplied by it)</source>
      <translation>{what}不能为 0（每个权重都要乘以它）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernel_scale.py" />
      <source>{what} is {factor}; write a simpler factor such as 1/9 or 1/256</source>
      <translation>{what}是 {factor}；请写一个更简单的系数，例如 1/9 或 1/256</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Identity</source>
      <translation>恒等</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Copies each pixel unchanged: the neutral kernel to compare every other one with.</source>
      <translation>原样复制每个像素：用来与其他卷积核比较的中性卷积核。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Edge detection (diagonal)</source>
      <translation>边缘检测（对角）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Compares opposite corners, so it answers where brightness changes along the diagonals.</source>
      <translation>比较相对的角，因此在亮度沿对角线变化处响应。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Edge detection (4-neighbour)</source>
      <translation>边缘检测（4 邻域）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Centre against its four neighbours: zero on flat areas, large where intensity bends (edges).</source>
      <translation>中心对比四个邻居：平坦区域为零，强度弯折处（边缘）很大。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Edge detection (8-neighbour)</source>
      <translation>边缘检测（8 邻域）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Centre against all eight neighbours: highlights edges in every direction, flat areas go to 0.</source>
      <translation>中心对比全部八个邻居：突出各个方向的边缘，平坦区域变为 0。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Sharpen</source>
      <translation>锐化</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>The image plus its 4-neighbour edges: boosts local contrast while keeping overall brightness.</source>
      <translation>图像加上其 4 邻域边缘：增强局部对比度，同时保持整体亮度。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Edge enhance</source>
      <translation>边缘增强</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>The picture plus half its 8-neighbour edges (Pillow's EDGE_ENHANCE): weights add up to 1, edges gain contrast.</source>
      <translation>图像加上其 8 邻域边缘的一半（Pillow 的 EDGE_ENHANCE）：权重之和为 1，边缘对比度增强。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Box blur</source>
      <translation>均值模糊</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Replaces each pixel by the mean of its 3×3 neighbourhood: smooths noise and detail equally.</source>
      <translation>用 3×3 邻域的平均值替换每个像素：同等地平滑噪声和细节。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Gaussian blur 3×3</source>
      <translation>高斯模糊 3×3</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>A weighted mean that trusts the centre most: a softer, more natural blur than the box.</source>
      <translation>最信任中心的加权平均：比均值模糊更柔和、更自然。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Gaussian blur 5×5</source>
      <translation>高斯模糊 5×5</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>A wider Gaussian (binomial weights 1-4-6-4-1): stronger smoothing without the box's blocky artefacts.</source>
      <translation>更宽的高斯（二项式权重 1-4-6-4-1）：平滑更强，且没有均值模糊的块状伪影。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Unsharp mask 5×5</source>
      <translation>反锐化掩模 5×5</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Twice the image minus its Gaussian blur: sharpens by adding back the detail the blur removed.</source>
      <translation>两倍图像减去其高斯模糊：把模糊去掉的细节加回来，从而锐化。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Emboss</source>
      <translation>浮雕</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Subtracts the upper-left from the lower-right: edges look raised, lit from one side.</source>
      <translation>用右下减去左上：边缘看起来凸起，像从一侧照亮。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Outline</source>
      <translation>轮廓</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Keeps only where a pixel differs from all its neighbours: draws the outlines of shapes.</source>
      <translation>只保留与所有邻居不同的像素：画出形状的轮廓。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Sobel x</source>
      <translation>Sobel x</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Horizontal gradient with the centre row weighted double: finds vertical edges, robust to noise.</source>
      <translation>水平梯度，中间行权重加倍：找出竖直边缘，抗噪声。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Sobel y</source>
      <translation>Sobel y</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Vertical gradient with the centre column weighted double: finds horizontal edges.</source>
      <translation>竖直梯度，中间列权重加倍：找出水平边缘。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Prewitt x</source>
      <translation>Prewitt x</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Right minus left, every row weighted equally: a plain detector of vertical edges.</source>
      <translation>右减左，每行权重相同：简单的竖直边缘检测器。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Prewitt y</source>
      <translation>Prewitt y</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Bottom minus top, every column weighted equally: a plain detector of horizontal edges.</source>
      <translation>下减上，每列权重相同：简单的水平边缘检测器。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Scharr x</source>
      <translation>Scharr x</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Like Sobel x with weights tuned so edges of every orientation get a more accurate strength.</source>
      <translation>类似 Sobel x，权重经过调整，使各方向边缘的强度更准确。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Scharr y</source>
      <translation>Scharr y</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Like Sobel y with weights tuned so edges of every orientation get a more accurate strength.</source>
      <translation>类似 Sobel y，权重经过调整，使各方向边缘的强度更准确。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Laplacian</source>
      <translation>拉普拉斯</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>The second derivative: zero on flat areas and steady ramps, strong on both sides of an edge.</source>
      <translation>二阶导数：在平坦区域和均匀斜坡上为零，在边缘两侧很强。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Horizontal lines</source>
      <translation>水平线</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Rewards a bright middle row against dark rows above and below: responds to thin horizontal lines.</source>
      <translation>奖励上下暗、中间行亮的模式：对细水平线有响应。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Vertical lines</source>
      <translation>竖直线</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Rewards a bright middle column against dark sides: responds to thin vertical lines.</source>
      <translation>奖励两侧暗、中间列亮的模式：对细竖直线有响应。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>45° lines</source>
      <translation>45° 线</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Rewards a bright rising diagonal (/) against its surroundings: responds to 45° lines.</source>
      <translation>奖励比周围更亮的上升对角线（/）：对 45° 线有响应。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>135° lines</source>
      <translation>135° 线</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Rewards a bright falling diagonal (\) against its surroundings: responds to 135° lines.</source>
      <translation>奖励比周围更亮的下降对角线（\）：对 135° 线有响应。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Vertical edge (decks)</source>
      <translation>竖直边缘（课件）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Left column minus right column: positive where bright turns to dark going right (a vertical edge).</source>
      <translation>左列减右列：向右由亮变暗处为正（竖直边缘）。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Horizontal edge (decks)</source>
      <translation>水平边缘（课件）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Top row minus bottom row: positive where bright turns to dark going down (a horizontal edge).</source>
      <translation>上行减下行：向下由亮变暗处为正（水平边缘）。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Vertical edge [−1 0 1] (6×6 example)</source>
      <translation>竖直边缘 [−1 0 1]（6×6 示例）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>Right column minus left column, as in the 6×6 worked example: positive where it gets brighter going right.</source>
      <translation>右列减左列，与 6×6 例题相同：向右变亮处为正。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>X pattern: diagonal \ (9×9 example)</source>
      <translation>X 图案：对角线 \（9×9 示例）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>+1 on the falling diagonal, −1 elsewhere: scores 9 (1.00 after ÷9) where the X has a \ stroke.</source>
      <translation>下降对角线为 +1，其余为 −1：在 X 有 \ 笔画处得 9（÷9 后为 1.00）。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>X pattern: diagonal / (9×9 example)</source>
      <translation>X 图案：对角线 /（9×9 示例）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>+1 on the rising diagonal, −1 elsewhere: finds the / strokes of the X in the 9×9 example.</source>
      <translation>上升对角线为 +1，其余为 −1：找出 9×9 示例中 X 的 / 笔画。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>X pattern: crossing (9×9 example)</source>
      <translation>X 图案：交叉（9×9 示例）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>+1 on both diagonals: peaks where the two strokes of the X cross.</source>
      <translation>两条对角线均为 +1：在 X 两笔交叉处达到峰值。</translation>
    </message>
    <message>
      <location filename="../../convviz/core/kernels.py" />
      <source>unknown kernel preset {name!r}; choose one of {choices}</source>
      <translation>未知的卷积核预设 {name!r}；请从 {choices} 中选择</translation>
    </message>
    <message>
      <location filename="../../convviz/core/padding.py" />
      <source>reflect padding must be smaller than the image side: {cells} cell(s) cannot mirror a {height}×{width} image; use less padding or zeros/replicate</source>
      <translation>reflect 填充必须小于图像边长：{cells} 个单元格无法镜像 {height}×{width} 的图像；请减少填充或使用 zeros/replicate</translation>
    </message>
    <message>
      <location filename="../../convviz/core/padding.py" />
      <source>padding must be 0 or more on every side</source>
      <translation>每边的填充都必须为 0 或更多</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>feature map</source>
      <translation>特征图</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pooling mode</source>
      <translation>池化方式</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool size</source>
      <translation>池化大小</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool stride</source>
      <translation>池化步幅</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool padding must be a number of cells (0 or more), not {padding!r}</source>
      <translation>池化填充必须是单元格数（0 或更多），而不是 {padding!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool padding</source>
      <translation>池化填充</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>pool padding must be at most half the pool size: {k}-cell windows allow 0 to {most} cell(s) of padding (got {pad})</source>
      <translation>池化填充最多为池化大小的一半：{k} 个单元格的窗口允许 0 到 {most} 个单元格的填充（收到 {pad}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/pool.py" />
      <source>the {rows}×{cols} pool window is bigger than the {height}×{width} (padded) feature map; use a window of at most {most} cells</source>
      <translation>{rows}×{cols} 的池化窗口比（填充后的）{height}×{width} 特征图还大；请使用不超过 {most} 个单元格的窗口</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>no output (the kernel is larger than the padded input)</source>
      <translation>无输出（卷积核比填充后的输入还大）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>input size</source>
      <translation>输入大小</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>kernel size</source>
      <translation>卷积核大小</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>input size must be at least 1 (got {n})</source>
      <translation>输入大小必须至少为 1（收到 {n}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>kernel size must be at least 1 (got {f})</source>
      <translation>卷积核大小必须至少为 1（收到 {f}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>stride must be at least 1 (got {s})</source>
      <translation>步幅必须至少为 1（收到 {s}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>dilation must be at least 1 (got {d})</source>
      <translation>膨胀必须至少为 1（收到 {d}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>output_size works on one axis: give padding as one number</source>
      <translation>output_size 只处理一个方向：请把填充写成一个数</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>the {f}×{f} kernel (with dilation {d} it spans {span} cells) is larger than the {padded}-cell padded input; add padding or use a smaller kernel</source>
      <translation>{f}×{f} 卷积核（膨胀为 {d} 时跨越 {span} 个单元格）比填充后 {padded} 个单元格的输入还大；请增加填充或使用更小的卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>, with f = {formula}</source>
      <translation>，其中 f = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>0 or more</source>
      <translation>大于或等于 0</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>at least {minimum}</source>
      <translation>至少为 {minimum}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>{name} must be {rule} (got {number})</source>
      <translation>{name}必须{rule}（收到 {number}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>output padding ({op}) must be smaller than the stride ({s}) or the dilation ({d}); it only chooses between output sizes that the same stride could give</source>
      <translation>输出填充（{op}）必须小于步幅（{s}）或膨胀（{d}）；它只是在同一步幅可能得到的几种输出大小之间做选择</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>the padding ({p}) cuts away the whole output ({before} cells before cutting); use less padding</source>
      <translation>填充（{p}）把整个输出都裁掉了（裁剪前有 {before} 个单元格）；请减少填充</translation>
    </message>
    <message>
      <location filename="../../convviz/core/sizes.py" />
      <source>{formula} = {size}: no output (the padding cuts away every cell)</source>
      <translation>{formula} = {size}：无输出（填充裁掉了所有单元格）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/steps.py" />
      <source>step index must be an integer, not {kind}</source>
      <translation>步骤编号必须是整数，而不是 {kind}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/steps.py" />
      <source>step {index} is out of range; there are {n} steps (0 to {last})</source>
      <translation>第 {index} 步超出范围；共有 {n} 步（0 到 {last}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/steps.py" />
      <source>output cell ({out_row}, {out_col}) is outside the {ho}×{wo} output</source>
      <translation>输出单元格（{out_row}, {out_col}）在 {ho}×{wo} 的输出之外</translation>
    </message>
    <message>
      <location filename="../../convviz/core/steps.py" />
      <source>steps follow one filter at a time; the kernel has {filters} filters, pass kernel[n]</source>
      <translation>逐步计算一次只跟随一个滤波器；卷积核有 {filters} 个滤波器，请传入 kernel[n]</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>a transposed convolution's kernel is a (kh, kw) grid or a (C_in, C_out, kh, kw) bank (got shape {shape}); for one output channel use shape (C_in, 1, kh, kw)</source>
      <translation>转置卷积的卷积核是 (kh, kw) 网格或 (C_in, C_out, kh, kw) 的一组卷积核（收到的形状为 {shape}）；只有一个输出通道时请使用形状 (C_in, 1, kh, kw)</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>the image has {channels} channels but the kernel is a single grid; use a gray image or a ({channels}, C_out, kh, kw) kernel</source>
      <translation>图像有 {channels} 个通道，但卷积核只是一个网格；请使用灰度图像，或 ({channels}, C_out, kh, kw) 形状的卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>channel mismatch: the kernel is made for {kernel_channels} input channel(s) but the image has {channels}; a transposed kernel's first axis counts the input channels</source>
      <translation>通道数不一致：卷积核是为 {kernel_channels} 个输入通道设计的，但图像有 {channels} 个；转置卷积核的第一个轴表示输入通道数</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>the padding ({p}) cuts away the whole output: before cutting it is {before} cells tall; use less padding</source>
      <translation>填充（{p}）把整个输出都裁掉了：裁剪前它有 {before} 个单元格高；请减少填充</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>the padding ({p}) cuts away the whole output: before cutting it is {before} cells wide; use less padding</source>
      <translation>填充（{p}）把整个输出都裁掉了：裁剪前它有 {before} 个单元格宽；请减少填充</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>output channel</source>
      <translation>输出通道</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed.py" />
      <source>a transposed convolution's padding is a number of cells cut from each side (got {padding!r}); "same" and "valid" belong to ordinary convolution</source>
      <translation>转置卷积的填充是每边裁去的单元格数（收到 {padding!r}）；"same" 和 "valid" 只用于普通卷积</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>{value} × kernel → output rows {rows}, columns {cols}</source>
      <translation>{value} × 卷积核 → 输出第 {rows} 行，第 {cols} 列</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>kernel</source>
      <translation>卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>the stamp steps follow one channel: give an (H, W) picture and a (kh, kw) kernel (got shapes {shape} and {kernel_shape})</source>
      <translation>印章步骤只跟随一个通道：请给出 (H, W) 图片和 (kh, kw) 卷积核（收到的形状为 {shape} 和 {kernel_shape}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>input cell ({in_row}, {in_col}) is outside the {h}×{w} input</source>
      <translation>输入单元格（{in_row}, {in_col}）在 {h}×{w} 的输入之外</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>{bias} (bias)</source>
      <translation>{bias}（偏置）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/transposed_steps.py" />
      <source>no stamp reaches this cell</source>
      <translation>没有印章落到这个单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>{name} must be a whole number, not {value!r}</source>
      <translation>{name}必须是整数，而不是 {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>{name} must be one number or a (vertical, horizontal) pair, not {value!r}</source>
      <translation>{name}必须是一个数，或一对 (竖直, 水平) 数，而不是 {value!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>{name} must be 0 or more (got {number}); it cannot be negative</source>
      <translation>{name}必须为 0 或更多（收到 {number}）；不能为负</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>{name} must be at least {minimum} (got {number})</source>
      <translation>{name}必须至少为 {minimum}（收到 {number}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>padding mode must be one of {choices} (got {mode!r})</source>
      <translation>填充方式必须是 {choices} 之一（收到 {mode!r}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>padding must be a number of cells (0 or more), "valid" or "same" (got {padding!r})</source>
      <translation>填充必须是单元格数（0 或更多）、"valid" 或 "same"（收到 {padding!r}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the {what} must be a rectangular grid of numbers</source>
      <translation>{what}必须是由数字组成的矩形网格</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the {what} must contain only numbers, but it holds text or other values</source>
      <translation>{what}只能包含数字，但其中有文本或其他值</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>filter</source>
      <translation>滤波器</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>bias needs one value per {unit} ({count}), got {size}</source>
      <translation>偏置需要每个 {unit} 一个值（{count} 个），收到 {size} 个</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the bias must be a finite number</source>
      <translation>偏置必须是有限数</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the kernel must be a (kh, kw) grid, a (C, kh, kw) stack or a (N, C, kh, kw) bank of filters (got {ndim} dimension(s))</source>
      <translation>卷积核必须是 (kh, kw) 网格、(C, kh, kw) 堆叠或 (N, C, kh, kw) 的一组滤波器（收到 {ndim} 维）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the kernel is empty (shape {shape}); it needs at least one weight</source>
      <translation>卷积核是空的（形状 {shape}）；它至少需要一个权重</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the kernel contains NaN or infinity; every weight must be a finite number</source>
      <translation>卷积核包含 NaN 或无穷大；每个权重都必须是有限数</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the {what} must be (H, W) or (C, H, W) (got shape {shape})</source>
      <translation>{what}必须是 (H, W) 或 (C, H, W)（收到的形状为 {shape}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>the {what} is empty (shape {shape})</source>
      <translation>{what}是空的（形状 {shape}）</translation>
    </message>
    <message>
      <location filename="../../convviz/core/validation.py" />
      <source>unknown {name} {value!r}; choose one of {choices}</source>
      <translation>未知的{name} {value!r}；请从 {choices} 中选择</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>{count} frames of {width}×{height} pixels need too much memory; choose a smaller cell size or fewer steps</source>
      <translation>{count} 帧 {width}×{height} 像素的画面需要太多内存；请选择更小的单元格尺寸或更少的步骤</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>unknown animation format {fmt!r}; choose "gif" or "apng"</source>
      <translation>未知的动画格式 {fmt!r}；请选择 "gif" 或 "apng"</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>fps must be a number from 0.1 to 50 (got {fps!r})</source>
      <translation>fps 必须是 0.1 到 50 之间的数（收到 {fps!r}）</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>hold_last_s must be 0 to 60 seconds (got {hold_last_s!r})</source>
      <translation>hold_last_s 必须是 0 到 60 秒（收到 {hold_last_s!r}）</translation>
    </message>
    <message>
      <location filename="../../convviz/export/animation.py" />
      <source>{count} steps is too many for an animation (at most {MAX_FRAMES}); use a smaller matrix, a larger stride or a smaller picture</source>
      <translation>{count} 步对动画来说太多了（最多 {MAX_FRAMES} 步）；请使用更小的矩阵、更大的步幅或更小的图片</translation>
    </message>
    <message>
      <location filename="../../convviz/export/files.py" />
      <source>the {what} must contain only numbers</source>
      <translation>{what}只能包含数字</translation>
    </message>
    <message>
      <location filename="../../convviz/export/files.py" />
      <source>cannot save {name}: the folder {folder} does not exist</source>
      <translation>无法保存 {name}：文件夹 {folder} 不存在</translation>
    </message>
    <message>
      <location filename="../../convviz/export/files.py" />
      <source>cannot save into {folder}: {reason}</source>
      <translation>无法保存到 {folder}：{reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/files.py" />
      <source>cannot save {target}: {reason}</source>
      <translation>无法保存 {target}：{reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>a map must be one non-empty 2-D grid (got shape {shape})</source>
      <translation>图必须是一个非空的二维网格（收到的形状为 {shape}）</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>unknown colour map {colormap!r}; use "auto" or one of {choices}</source>
      <translation>未知的色图 {colormap!r}；请使用 "auto" 或 {choices} 之一</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>levels must be two finite numbers with low &lt; high (got {levels!r})</source>
      <translation>levels 必须是两个有限数，且 low &lt; high（收到 {levels!r}）</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>scale must be a whole number of pixels per cell, at least 1 (got {scale!r})</source>
      <translation>scale 必须是每个单元格的整数像素数，至少为 1（收到 {scale!r}）</translation>
    </message>
    <message>
      <location filename="../../convviz/export/map_png.py" />
      <source>a {cols}×{rows} map at scale {scale} would be {width}×{height} pixels; choose a scale that keeps both sides at most {most}</source>
      <translation>{cols}×{rows} 的图在缩放 {scale} 时会有 {width}×{height} 像素；请选择让两边都不超过 {most} 的缩放</translation>
    </message>
    <message>
      <location filename="../../convviz/export/matrix_csv.py" />
      <source>matrix</source>
      <translation>矩阵</translation>
    </message>
    <message>
      <location filename="../../convviz/export/matrix_csv.py" />
      <source>CSV export takes a non-empty 1-D, 2-D or 3-D array (got shape {shape})</source>
      <translation>CSV 导出需要非空的一维、二维或三维数组（收到的形状为 {shape}）</translation>
    </message>
    <message>
      <location filename="../../convviz/export/matrix_csv.py" />
      <source>channel_names needs a 3-D array and one name per channel</source>
      <translation>channel_names 需要三维数组，并且每个通道一个名称</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>the picture is either embedded or read from its file, not {picture!r}</source>
      <translation>图片要么嵌入代码，要么从其文件读取，而不是 {picture!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>only the Convolution view's picture can be read from its file</source>
      <translation>只有卷积视图的图片可以从其文件读取</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>there is no Python export for a {kind}</source>
      <translation>没有针对 {kind} 的 Python 导出</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>{value} is not a finite number, so it cannot be written as code</source>
      <translation>{value} 不是有限数，因此无法写成代码</translation>
    </message>
    <message>
      <location filename="../../convviz/export/python_script.py" />
      <source>this picture did not come from a file, so it can only be embedded</source>
      <translation>这张图片不是来自文件，因此只能嵌入代码</translation>
    </message>
    <message>
      <location filename="../../convviz/export/scene.py" />
      <source>LeNet reads a 28×28 digit, not one of shape {shape}.</source>
      <translation>LeNet 读取 28×28 的数字，而不是形状为 {shape} 的数字。</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>export_steps_animation needs the steps of convviz.core.conv_steps or pool_steps</source>
      <translation>export_steps_animation 需要 convviz.core.conv_steps 或 pool_steps 的步骤</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>cell_px must be a whole number from 16 to 200 (got {cell_px!r})</source>
      <translation>cell_px 必须是 16 到 200 之间的整数（收到 {cell_px!r}）</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>there are no steps to animate</source>
      <translation>没有可制作动画的步骤</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>unknown colour scale {scale!r}; use one of {choices}</source>
      <translation>未知的颜色标尺 {scale!r}；请使用 {choices} 之一</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>the padded input is {height}×{width} cells; an animation shows every number, so use a matrix of at most {most}×{most} (downscale the picture first)</source>
      <translation>填充后的输入是 {height}×{width} 个单元格；动画会显示每个数字，因此请使用不超过 {most}×{most} 的矩阵（请先缩小图片）</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>channel {number}</source>
      <translation>通道 {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>input (padded)</source>
      <translation>输入（已填充）</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>output</source>
      <translation>输出</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>output {number}</source>
      <translation>输出 {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>step {i} is out of range; there are {count} steps</source>
      <translation>第 {i} 步超出范围；共有 {count} 步</translation>
    </message>
    <message>
      <location filename="../../convviz/export/step_frames.py" />
      <source>Step {step} of {count}: output row {row}, column {column}</source>
      <translation>第 {step} 步，共 {count} 步：输出第 {row} 行，第 {column} 列</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>a transposed-convolution lesson takes one (H, W) input and one (kh, kw) kernel</source>
      <translation>转置卷积课程需要一个 (H, W) 输入和一个 (kh, kw) 卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>no input</source>
      <translation>没有输入</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.input_shape is {expected} but the input is {actual}</source>
      <translation>expected.input_shape 是 {expected}，但输入是 {actual}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.output is given but the lesson computes nothing (no kernel, pooling or activation)</source>
      <translation>给出了 expected.output，但该课程什么也不计算（没有卷积核、池化或激活函数）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.output_size is {expected} but convviz computes {computed}</source>
      <translation>expected.output_size 是 {expected}，但 convviz 算出的是 {computed}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.output is {expected} but convviz computes {computed}</source>
      <translation>expected.output 是 {expected}，但 convviz 算出的是 {computed}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>expected.output{where} is {expected:g} but convviz computes {computed:g}</source>
      <translation>expected.output{where} 是 {expected:g}，但 convviz 算出的是 {computed:g}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/compute.py" />
      <source>tables[{index}].total is {given:,} but the layers add up to {total:,}</source>
      <translation>tables[{index}].total 是 {given:,}，但各层相加为 {total:,}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>In lesson file {source}, the field "{where}" {problem}.</source>
      <translation>课程文件 {source} 中，字段 "{where}" {problem}。</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>In lesson file {source}, the top level {problem}.</source>
      <translation>课程文件 {source} 中，顶层{problem}。</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be an object {{...}}, not {found}</source>
      <translation>必须是对象 {{...}}，而不是 {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has an unknown key {unknown!r} (allowed keys: {choices}); check its spelling</source>
      <translation>有未知的键 {unknown!r}（允许的键：{choices}）；请检查拼写</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; every lesson needs it</source>
      <translation>缺失；每节课都需要它</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty text, not {found}</source>
      <translation>必须是非空文本，而不是 {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {count} characters long; keep it under {max_length}</source>
      <translation>长 {count} 个字符；请保持在 {max_length} 以内</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a whole number, not {found}</source>
      <translation>必须是整数，而不是 {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be at least {minimum} (got {found})</source>
      <translation>必须至少为 {minimum}（收到 {found}）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be at most {maximum:,}, the most the view shows (got {found})</source>
      <translation>不能超过 {maximum:,}，即视图能显示的上限（收到 {found}）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a number, not {found}</source>
      <translation>必须是数字，而不是 {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a finite number, not {value}</source>
      <translation>必须是有限数，而不是 {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be from {allowed}, as the view allows (got {value:g})</source>
      <translation>必须在 {allowed} 范围内，这是视图允许的（收到 {value:g}）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be true or false, not {found}</source>
      <translation>必须是 true 或 false，而不是 {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be one of {choices}, not {found}</source>
      <translation>必须是 {choices} 之一，而不是 {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be one whole number or a [vertical, horizontal] pair, not {found}</source>
      <translation>必须是一个整数或一对 [竖直, 水平] 整数，而不是 {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of rows, like [[1, 2], [3, 4]], not {found}</source>
      <translation>必须是非空的行列表，例如 [[1, 2], [3, 4]]，而不是 {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has {cells:,} cells; inline matrices hold at most {most}</source>
      <translation>有 {cells:,} 个单元格；内嵌矩阵最多容纳 {most} 个</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>row {row} must be a non-empty list of numbers, not {found}</source>
      <translation>第 {row} 行必须是非空的数字列表，而不是 {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is ragged: row {row} has {count} numbers but row 1 has {first_count}; every row needs the same length</source>
      <translation>行长不齐：第 {row} 行有 {count} 个数，但第 1 行有 {first_count} 个；每行长度必须相同</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of grids (one per channel), not {found}</source>
      <translation>必须是非空的网格列表（每个通道一个），而不是 {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must hold exactly {count} grids (red, green, blue), not {found}</source>
      <translation>必须正好包含 {count} 个网格（红、绿、蓝），而不是 {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has channels of different sizes: channel {number} is {size} but channel 1 is {first_size}</source>
      <translation>各通道大小不同：通道 {number} 是 {size}，但通道 1 是 {first_size}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>the text {text!r}</source>
      <translation>文本 {text!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>the number {number}</source>
      <translation>数字 {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>a list of {count} item(s)</source>
      <translation>包含 {count} 项的列表</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>an object</source>
      <translation>对象</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>needs exactly one of "matrix", "rgb", "channels" or "sample" (found {found})</source>
      <translation>需要 "matrix"、"rgb"、"channels" 或 "sample" 中的恰好一个（找到 {found}）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>needs exactly one of "matrix", "rgb", "channels" or "sample"</source>
      <translation>需要 "matrix"、"rgb"、"channels" 或 "sample" 中的恰好一个</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a [low, high] pair of numbers</source>
      <translation>必须是一对 [low, high] 数字</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must have low &lt; high (got {low} and {high})</source>
      <translation>必须满足 low &lt; high（收到 {low} 和 {high}）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to a "sample" input</source>
      <translation>只适用于 "sample" 输入</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a file name from resources/samples, not a path ({name!r})</source>
      <translation>必须是 resources/samples 中的文件名，而不是路径（{name!r}）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>names {name!r}, which is not a shipped sample; choose one of {choices}</source>
      <translation>指定的 {name!r} 不是附带的示例；请从 {choices} 中选择</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>needs exactly one of "matrix", "channels" or "preset" (found {found})</source>
      <translation>需要 "matrix"、"channels" 或 "preset" 中的恰好一个（找到 {found}）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>needs exactly one of "matrix", "channels" or "preset"</source>
      <translation>需要 "matrix"、"channels" 或 "preset" 中的恰好一个</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must not be 0 (the weights are divided by it)</source>
      <translation>不能为 0（权重要除以它）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>gives both "scale" and "divisor"; write the factor once, e.g. "scale": "1/9"</source>
      <translation>同时给出了 "scale" 和 "divisor"；系数只需写一次，例如 "scale": "1/9"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a factor such as "1/9" or 0.5</source>
      <translation>必须是 "1/9" 或 0.5 这样的系数</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>names an unknown preset {name!r}; choose one of {choices}</source>
      <translation>指定了未知的预设 {name!r}；请从 {choices} 中选择</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {rows}×{cols}; a kernel has {allowed} cells a side, as the kernel editor</source>
      <translation>是 {rows}×{cols}；卷积核每边有 {allowed} 个单元格，与卷积核编辑器相同</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to a convolution, but settings.mode is {mode!r}</source>
      <translation>只适用于卷积，但 settings.mode 是 {mode!r}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to pooling (settings.mode "max" or "avg")</source>
      <translation>只适用于池化（settings.mode 为 "max" 或 "avg"）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>does not apply to a transposed convolution (a stamp is never turned)</source>
      <translation>不适用于转置卷积（印章从不旋转）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>of a transposed convolution is a number of cells cut from each side</source>
      <translation>在转置卷积中表示每边裁去的单元格数</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to a transposed convolution (settings.mode "transposed")</source>
      <translation>只适用于转置卷积（settings.mode 为 "transposed"）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>only applies to the {owner!r} activation</source>
      <translation>只适用于 {owner!r} 激活函数</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a [height, width] pair</source>
      <translation>必须是一对 [height, width]</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>says {size} but expected.output is {expected}</source>
      <translation>写的是 {size}，但 expected.output 是 {expected}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a list of whole numbers, like [3, 6, 6]</source>
      <translation>必须是整数列表，例如 [3, 6, 6]</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; a {kind!r} layer needs it</source>
      <translation>缺失；{kind!r} 层需要它</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>does not apply to a {kind!r} layer</source>
      <translation>不适用于 {kind!r} 层</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>does not go with "network": the named network brings its own</source>
      <translation>不能与 "network" 同时使用：指定的网络自带这些信息</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>names an unknown network {name!r}; choose one of {choices}</source>
      <translation>指定了未知的网络 {name!r}；请从 {choices} 中选择</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; a table needs "input_shape" and "layers" (or a "network" name)</source>
      <translation>缺失；表格需要 "input_shape" 和 "layers"（或一个 "network" 名称）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be [channels, height, width] or [features]</source>
      <translation>必须是 [channels, height, width] 或 [features]</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of layers</source>
      <translation>必须是非空的层列表</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>holds {count:,} layers; a table shows at most {most}</source>
      <translation>有 {count:,} 层；表格最多显示 {most} 层</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>names {source!r}, which is not an earlier layer of this table</source>
      <translation>指定的 {source!r} 不是此表格中更早的层</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of {"cell": [row, col], "printed": number}</source>
      <translation>必须是非空的 {"cell": [row, col], "printed": number} 列表</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be [row, col] or [map, row, col] (counting from 0)</source>
      <translation>必须是 [row, col] 或 [map, row, col]（从 0 开始计数）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a non-empty list of layer names ({names})</source>
      <translation>必须是非空的层名列表（{names}）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be the whole number {schema}, not {found}</source>
      <translation>必须是整数 {schema}，而不是 {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {version}, newer than this convviz understands ({schema}); update convviz to open it</source>
      <translation>是 {version}，比此版本 convviz 能理解的（{schema}）更新；请更新 convviz 后再打开</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {version}; this convviz reads lesson schema {schema}</source>
      <translation>是 {version}；此版本 convviz 读取的课程格式版本是 {schema}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be lower-case words joined by hyphens, like "stride-2" (got {lesson_id!r})</source>
      <translation>必须是用连字符连接的小写单词，例如 "stride-2"（收到 {lesson_id!r}）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a list of kernels, not {found}</source>
      <translation>必须是卷积核列表，而不是 {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>holds {count:,} kernels; a lesson offers at most {most}</source>
      <translation>有 {count:,} 个卷积核；一节课最多提供 {most} 个</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a list of parameter tables, not {found}</source>
      <translation>必须是参数表格列表，而不是 {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>holds {count:,} tables; a lesson shows at most {most}</source>
      <translation>有 {count:,} 个表格；一节课最多显示 {most} 个</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be an object of languages, like {{"de": {{...}}}}, not {found}</source>
      <translation>必须是按语言组织的对象，例如 {{"de": {{...}}}}，而不是 {found}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>holds {count:,} languages; a lesson carries at most {most}</source>
      <translation>有 {count:,} 种语言；一节课最多包含 {most} 种</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has the language {language!r}; write a code like "de" or "zh_CN"</source>
      <translation>含有语言 {language!r}；请写 "de" 或 "zh_CN" 这样的代码</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be a list of {count} texts, one for each {what}</source>
      <translation>必须是包含 {count} 段文本的列表，每个 {what} 一段</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; a lesson for the {view!r} view needs an input</source>
      <translation>缺失；{view!r} 视图的课程需要一个输入</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {groups}; a lesson's groups are 1 (every filter sees all channels) or the input's {channels} channel(s) (depthwise: one map per channel)</source>
      <translation>是 {groups}；课程的分组数为 1（每个滤波器看到所有通道）或输入的通道数 {channels}（逐通道：每个通道一张图）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>of a depthwise lesson is one kernel with one slice per channel (each channel's filter)</source>
      <translation>在逐通道课程中是一个卷积核，每个通道一个切片（即各通道的滤波器）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is empty; a convolution in the {view!r} view needs at least one kernel</source>
      <translation>是空的；{view!r} 视图中的卷积至少需要一个卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>must be empty for pooling (settings.mode {mode!r}): pooling has no weights</source>
      <translation>在池化时必须为空（settings.mode 为 {mode!r}）：池化没有权重</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has {depth} channel(s) but the input has {channels}; give one grid per input channel with "channels"</source>
      <translation>有 {depth} 个通道，但输入有 {channels} 个；请用 "channels" 为每个输入通道给出一个网格</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>has {depth} channel(s) but the input has 1; use "matrix"</source>
      <translation>有 {depth} 个通道，但输入只有 1 个；请使用 "matrix"</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>have different sizes ({choices}); a bank of filters needs one size</source>
      <translation>大小不一（{choices}）；一组滤波器需要统一的大小</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>points into expected.output, which is missing</source>
      <translation>指向 expected.output，但它缺失</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>{cell} is outside the {size} output</source>
      <translation>中的 {cell} 在 {size} 的输出之外</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is missing; slide_cells need a sentence saying what the slide printed</source>
      <translation>缺失；slide_cells 需要一句话说明课件上写的是什么</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>opens the training panel, which belongs to the LeNet view ("view": "lenet")</source>
      <translation>会打开训练面板，它属于 LeNet 视图（"view": "lenet"）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is for a grey convolution in the Steps view ("view": "steps")</source>
      <translation>用于逐步视图中的灰度卷积（"view": "steps"）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {rows}×{cols}; the Steps view takes kernels of {allowed} cells a side</source>
      <translation>是 {rows}×{cols}；逐步视图的卷积核每边为 {allowed} 个单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {number}; the Steps view takes {allowed}</source>
      <translation>是 {number}；逐步视图只接受 {allowed}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {rows}×{cols}; the Steps view shows at most {most}×{most}</source>
      <translation>是 {rows}×{cols}；逐步视图最多显示 {most}×{most}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>is {size}; the Steps view takes kernels of {allowed} cells a side</source>
      <translation>是 {size}；逐步视图的卷积核每边为 {allowed} 个单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>cannot be worked out ({error})</source>
      <translation>无法计算（{error}）</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>{padding!r} adds {cells} cells; the Steps view takes {allowed}</source>
      <translation>为 {padding!r}，会添加 {cells} 个单元格；逐步视图只接受 {allowed}</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>a lesson file</source>
      <translation>课程文件</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {path} does not exist.</source>
      <translation>课程文件 {path} 不存在。</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {path} cannot be read ({reason}).</source>
      <translation>无法读取课程文件 {path}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {source} is not UTF-8 text; save it as UTF-8 JSON.</source>
      <translation>课程文件 {source} 不是 UTF-8 文本；请把它保存为 UTF-8 编码的 JSON。</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {source} is not valid JSON: {msg} at line {lineno}, column {colno}.</source>
      <translation>课程文件 {source} 不是有效的 JSON：第 {lineno} 行第 {colno} 列 {msg}。</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>The lesson file {source} cannot be used: {error}.</source>
      <translation>无法使用课程文件 {source}：{error}。</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>In lesson file {source}, {problem}; correct the file (the app always shows true values).</source>
      <translation>课程文件 {source} 中，{problem}；请修改该文件（应用始终显示真实值）。</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>Lesson files {first!r} and {name!r} share the id {id!r}.</source>
      <translation>课程文件 {first!r} 和 {name!r} 的 id 相同：{id!r}。</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>Lesson files {first!r} and {name!r} share the number {number}.</source>
      <translation>课程文件 {first!r} 和 {name!r} 的编号相同：{number}。</translation>
    </message>
    <message>
      <location filename="../../convviz/lessons/loader.py" />
      <source>There is no lesson {lesson_id!r}; the lessons are {choices}.</source>
      <translation>没有课程 {lesson_id!r}；现有课程为 {choices}。</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>"{field}" must be a whole number from {range}, not {value}</source>
      <translation>"{field}" 必须是 {range} 的整数，而不是 {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>"{field}" must be a number from {range}, not {value}</source>
      <translation>"{field}" 必须是 {range} 的数，而不是 {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>"{field}" must be from {range}, not {value}</source>
      <translation>"{field}" 必须在 {range} 范围内，而不是 {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>{low} to {high}</source>
      <translation>{low} 到 {high}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>a whole number of about {digits:,} digits</source>
      <translation>约 {digits:,} 位的整数</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>the text {text}</source>
      <translation>文本 {text}</translation>
    </message>
    <message>
      <location filename="../../convviz/limits.py" />
      <source>a list of {count:,} item(s)</source>
      <translation>包含 {count:,} 项的列表</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>LeNet-5 of 1998 (LeCun et al.: 1×32×32 input, tanh, subsampling, RBF outputs)</source>
      <translation>1998 年的 LeNet-5（LeCun 等：输入 1×32×32、tanh、下采样、RBF 输出）</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>AlexNet (torchvision's version, 3×224×224 input)</source>
      <translation>AlexNet（torchvision 版本，输入 3×224×224）</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>VGG-16 (3×224×224 input)</source>
      <translation>VGG-16（输入 3×224×224）</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>ResNet-50 (3×224×224 input)</source>
      <translation>ResNet-50（输入 3×224×224）</translation>
    </message>
    <message>
      <location filename="../../convviz/model/architectures.py" />
      <source>unknown network {name!r}; choose one of {names}</source>
      <translation>未知的网络 {name!r}；请从 {names} 中选择</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>there is no file at {path}.</source>
      <translation>{path} 处没有文件。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{path} cannot be read ({reason}).</source>
      <translation>无法读取 {path}（{reason}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is empty.</source>
      <translation>{name} 是空的。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is {size}, more than the {limit} convviz reads for a small network.</source>
      <translation>{name} 为 {size}，超过了 convviz 为小型网络读取的上限 {limit}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} grew past {limit} while it was read.</source>
      <translation>{name} 在读取过程中变大，超过了 {limit}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{path} is a folder, not a model file.</source>
      <translation>{path} 是文件夹，不是模型文件。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>a named pipe</source>
      <translation>命名管道</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>a device or socket</source>
      <translation>设备或套接字</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{path} is {what}, not a regular file; convviz only opens model files.</source>
      <translation>{path} 是{what}，不是普通文件；convviz 只打开模型文件。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is not a PyTorch model file (a damaged zip archive: {error}).</source>
      <translation>{name} 不是 PyTorch 模型文件（zip 压缩包已损坏：{error}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} holds {count} files inside it; a model file of a small network holds far fewer.</source>
      <translation>{name} 内部有 {count} 个文件；小型网络的模型文件应少得多。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} looks like TorchScript but cannot be opened (its data.pkl is missing).</source>
      <translation>{name} 看起来是 TorchScript，但无法打开（缺少 data.pkl）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is not a PyTorch model file (a zip archive without data.pkl).</source>
      <translation>{name} 不是 PyTorch 模型文件（一个没有 data.pkl 的 zip 压缩包）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} holds {size} of TorchScript code, more than the {limit} a small network needs.</source>
      <translation>{name} 含有 {size} 的 TorchScript 代码，超过了小型网络所需的 {limit}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} defines __setstate__, code that TorchScript would run while the file is opened; convviz does not open such models.</source>
      <translation>{name} 定义了 __setstate__，这是打开文件时 TorchScript 会运行的代码；convviz 不打开这样的模型。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: a tensor declares {size} but its data is missing.</source>
      <translation>{name} 已损坏：某个张量声明了 {size}，但其数据缺失。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: a tensor declares {size} but its data holds {stored}.</source>
      <translation>{name} 已损坏：某个张量声明了 {size}，但其数据只有 {stored}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} declares {size} of weights, more than the {limit} convviz opens for a small network; it was refused before anything was unpacked.</source>
      <translation>{name} 声明了 {size} 的权重，超过了 convviz 为小型网络打开的上限 {limit}；在解包任何内容之前就已拒绝。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} holds a {size} {member}, more than the {limit} a small network's file needs; it was refused before it was read.</source>
      <translation>{name} 含有一个 {size} 的 {member}，超过了小型网络文件所需的 {limit}；在读取之前就已拒绝。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged ({member}: {error}).</source>
      <translation>{name} 已损坏（{member}：{error}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: {member} is longer than it says.</source>
      <translation>{name} 已损坏：{member} 比它声明的更长。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: its {member} cannot be read ({error}).</source>
      <translation>{name} 已损坏：无法读取其 {member}（{error}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} refers to data in a way PyTorch files do not ({member}).</source>
      <translation>{name} 以 PyTorch 文件不会使用的方式引用数据（{member}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} stores tensors of a kind convviz does not read ({kind}).</source>
      <translation>{name} 存储了 convviz 不读取的张量类型（{kind}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is damaged: a tensor's size in {member} is not a count.</source>
      <translation>{name} 已损坏：{member} 中某个张量的大小不是计数值。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} holds Python objects or code ({names}), not just weights; convviz never runs code from a file.</source>
      <translation>{name} 含有 Python 对象或代码（{names}），而不仅仅是权重；convviz 从不运行文件中的代码。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} was saved in the format of PyTorch before 1.6, which convviz does not read; load it and torch.save it again with a newer PyTorch.</source>
      <translation>{name} 以 PyTorch 1.6 之前的格式保存，convviz 不读取这种格式；请用较新的 PyTorch 加载它并重新 torch.save。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/archive_check.py" />
      <source>{name} is not a PyTorch model file.</source>
      <translation>{name} 不是 PyTorch 模型文件。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>Class digits (*.classdigits);;All files (*)</source>
      <translation>班级数字 (*.classdigits);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>class digits are 28×28 grey pictures (uint8), not {shape} {dtype}.</source>
      <translation>班级数字是 28×28 的灰度图片（uint8），而不是 {shape} {dtype}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>there are {images} class digits but {labels} labels; they must match.</source>
      <translation>有 {images} 个班级数字，却有 {labels} 个标签；两者必须一致。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>the labels of class digits must be whole numbers from 0 to 9.</source>
      <translation>班级数字的标签必须是 0 到 9 的整数。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>a collection holds at most {limit} class digits, not {count}.</source>
      <translation>一组最多容纳 {limit} 个班级数字，而不是 {count} 个。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>a class digit is a 28×28 uint8 picture, not {shape} {dtype}.</source>
      <translation>班级数字是 28×28 的 uint8 图片，而不是 {shape} {dtype}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>there is no class digit number {index}.</source>
      <translation>没有编号为 {index} 的班级数字。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>together these files hold {count} different digits; a collection holds at most {limit}.</source>
      <translation>这些文件合起来有 {count} 个不同的数字；一组最多容纳 {limit} 个。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>the held-out share must be above 0 and below 1, not {value}.</source>
      <translation>留出比例必须大于 0 且小于 1，而不是 {value}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>a class digits file</source>
      <translation>班级数字文件</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>{name}: {reason}</source>
      <translation>{name}：{reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it is larger than a class digits file can be ({limit} MB).</source>
      <translation>它超过了班级数字文件的上限（{limit} MB）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it is not a class digits file (not text).</source>
      <translation>它不是班级数字文件（不是文本）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it is not a class digits file (broken JSON at line {line}, column {column}).</source>
      <translation>它不是班级数字文件（第 {line} 行第 {column} 列的 JSON 有误）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it is not a class digits file (it does not say "{format}").</source>
      <translation>它不是班级数字文件（没有写明 "{format}"）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its version is {value}, not a version number.</source>
      <translation>它的版本是 {value}，不是版本号。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it was saved by a newer convviz (format version {version}); this one reads version {known}. Update convviz to open it.</source>
      <translation>它由更新版本的 convviz 保存（格式版本 {version}）；此版本只能读取版本 {known}。请更新 convviz 后再打开。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its "count" must be a whole number from 0 to {limit}, not {value}.</source>
      <translation>它的 "count" 必须是 0 到 {limit} 的整数，而不是 {value}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its "labels" must be a list of {count} digits.</source>
      <translation>它的 "labels" 必须是包含 {count} 个数字的列表。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>label number {position} is {value}, not a digit from 0 to 9.</source>
      <translation>第 {position} 个标签是 {value}，不是 0 到 9 的数字。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>it holds no "images" array.</source>
      <translation>它没有 "images" 数组。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its images are {shape} {dtype}; {count} digits need {count}×28×28 uint8.</source>
      <translation>它的图片是 {shape} {dtype}；{count} 个数字需要 {count}×28×28 uint8。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_digits.py" />
      <source>its images</source>
      <translation>它的图片</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>the learning rate must be above 0 and at most 1.</source>
      <translation>学习率必须大于 0 且不超过 1。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>the batch size must be at least 1.</source>
      <translation>批大小必须至少为 1。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>the layers to fine-tune are among {names}, not {given}.</source>
      <translation>要微调的层必须在 {names} 之中，而不是 {given}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>the held-out share must be above 0 and below 1.</source>
      <translation>留出比例必须大于 0 且小于 1。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/class_finetune.py" />
      <source>fine-tuning needs digits to learn from and digits kept aside to measure on: draw at least two of a digit (the collection holds {count}).</source>
      <translation>微调需要用来学习的数字和留作测量的数字：同一个数字至少画两个（这组现有 {count} 个）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>the {name} class must be between 0 and {last}, got {value}.</source>
      <translation>{name} 类别必须在 0 到 {last} 之间，收到 {value}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>the batch size must be at least 1, got {batch_size}.</source>
      <translation>批大小必须至少为 1，收到 {batch_size}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>labels must be a flat list of whole class numbers.</source>
      <translation>标签必须是由整数类别编号组成的扁平列表。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>there are {images} pictures but {labels} labels; they must match.</source>
      <translation>有 {images} 张图片，却有 {labels} 个标签；两者必须一致。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>labels must be between 0 and {last}.</source>
      <translation>标签必须在 0 到 {last} 之间。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/confusion.py" />
      <source>the model must return {classes} class scores per picture.</source>
      <translation>模型必须为每张图片返回 {classes} 个类别得分。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>convviz opens LeNet weights (a state_dict saved with torch.save) or a TorchScript model (torch.jit.save)</source>
      <translation>convviz 可以打开 LeNet 权重（用 torch.save 保存的 state_dict）或 TorchScript 模型（torch.jit.save）</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{error} {accepted}.</source>
      <translation>{error}{accepted}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} holds Python objects or code ({names}), not just weights; convviz never runs code from a file. {accepted}.</source>
      <translation>{name} 含有 Python 对象或代码（{names}），而不仅仅是权重；convviz 从不运行文件中的代码。{accepted}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} holds Python objects or code, not just weights; convviz never runs code from a file. {accepted}.</source>
      <translation>{name} 含有 Python 对象或代码，而不仅仅是权重；convviz 从不运行文件中的代码。{accepted}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} is not a PyTorch model file ({error}). {accepted}.</source>
      <translation>{name} 不是 PyTorch 模型文件（{error}）。{accepted}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>a 1×28×28 picture</source>
      <translation>一张 1×28×28 的图片</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>a batch of two 1×28×28 pictures (it works on one)</source>
      <translation>由两张 1×28×28 图片组成的批次（它只能处理一张）</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} does not accept {which}: {error}.</source>
      <translation>{name} 不接受{which}：{error}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} returns {kind}, not a tensor of 10 class scores.</source>
      <translation>{name} 返回的是 {kind}，而不是包含 10 个类别得分的张量。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} returns shape {shape} for {count} picture(s); convviz needs 10 class scores per picture, shape ({count}, 10).</source>
      <translation>{name} 对 {count} 张图片返回的形状是 {shape}；convviz 需要每张图片 10 个类别得分，即形状 ({count}, 10)。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/custom.py" />
      <source>{name} returns NaN or infinite scores for a blank picture.</source>
      <translation>{name} 对空白图片返回了 NaN 或无穷大的得分。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>convviz shows the layers of models built as nn.Sequential, or whose forward calls their child modules one after another (a flatten before the first Linear is allowed)</source>
      <translation>convviz 可以显示用 nn.Sequential 构建的模型的各层，或者 forward 依次调用其子模块的模型的各层（允许在第一个 Linear 之前有一个 flatten）</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>expected a torch model, got {kind}.</source>
      <translation>需要一个 torch 模型，收到的是 {kind}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>expected one picture, got a batch of {count}.</source>
      <translation>需要一张图片，收到的是包含 {count} 张图片的批次。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>this model has no convolution layer (Conv2d), so there is nothing to show.</source>
      <translation>此模型没有卷积层（Conv2d），因此没有可显示的内容。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>this model shows no layers inside it; {supported}.</source>
      <translation>此模型内部没有可显示的层；{supported}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>running this model's layers one after another fails ({error}); {supported}.</source>
      <translation>依次运行此模型的各层失败（{error}）；{supported}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/discover.py" />
      <source>this model's forward does more than run its layers in order (for example a functional ReLU or a skip connection); {supported}.</source>
      <translation>此模型的 forward 不只是按顺序运行各层（例如用了函数式 ReLU 或跳跃连接）；{supported}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the model must return one row of class scores per picture.</source>
      <translation>模型必须为每张图片返回一行类别得分。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the class to explain must be a whole number, got {target!r}.</source>
      <translation>要解释的类别必须是整数，收到 {target!r}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the class to explain must be between 0 and {last}, got {target}.</source>
      <translation>要解释的类别必须在 0 到 {last} 之间，收到 {target}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the number of SmoothGrad samples cannot be negative.</source>
      <translation>SmoothGrad 的采样数不能为负。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the SmoothGrad noise level cannot be negative.</source>
      <translation>SmoothGrad 的噪声水平不能为负。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the layer {layer!r} is not one of this model's layers: {names}.</source>
      <translation>层 {layer!r} 不是此模型的层：{names}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>this model has no layer called {layer!r}.</source>
      <translation>此模型没有名为 {layer!r} 的层。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the layer {layer!r} ran {count} times in one forward pass; Grad-CAM needs once.</source>
      <translation>层 {layer!r} 在一次前向传播中运行了 {count} 次；Grad-CAM 需要它只运行一次。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>Grad-CAM looks at a convolution layer; {layer!r} is a {kind}.</source>
      <translation>Grad-CAM 查看的是卷积层；{layer!r} 是 {kind}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the layer {layer!r} does not output feature maps.</source>
      <translation>层 {layer!r} 不输出特征图。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the occlusion patch must be 1 to {largest} pixels wide, got {patch}.</source>
      <translation>遮挡块的宽度必须是 1 到 {largest} 像素，收到 {patch}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the occlusion stride must be at least 1, got {stride}.</source>
      <translation>遮挡步幅必须至少为 1，收到 {stride}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the occlusion stride ({stride}) must not exceed the patch ({patch}), or some pixels would never be hidden.</source>
      <translation>遮挡步幅（{stride}）不能超过遮挡块（{patch}），否则有些像素永远不会被遮住。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/explain.py" />
      <source>the occlusion fill value must be a finite number.</source>
      <translation>遮挡填充值必须是有限数。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>LeNet reads 28×28 pictures, shaped (28, 28) or (N, 28, 28), not {shape}.</source>
      <translation>LeNet 读取 28×28 的图片，形状为 (28, 28) 或 (N, 28, 28)，而不是 {shape}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>the pictures contain NaN or infinite values.</source>
      <translation>图片包含 NaN 或无穷大的值。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>float pictures must lie in [0, 1] (white digit on black); divide 0–255 pictures by 255.</source>
      <translation>浮点图片的值必须在 [0, 1] 之间（黑底白字）；0–255 的图片请除以 255。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>pictures must be uint8 or float, not {dtype}.</source>
      <translation>图片必须是 uint8 或 float，而不是 {dtype}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/inference.py" />
      <source>activations shows one picture at a time, not {count}.</source>
      <translation>activations 一次显示一张图片，而不是 {count} 张。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>cannot read the IDX file {path}: {reason}.</source>
      <translation>无法读取 IDX 文件 {path}：{reason}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} looks gzipped but is damaged ({error}).</source>
      <translation>{name} 看起来是 gzip 压缩文件，但已损坏（{error}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} is too short to be an IDX file ({count} bytes).</source>
      <translation>{name} 太短，不可能是 IDX 文件（{count} 字节）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} is not an MNIST IDX file: its magic number is {magic}, expected {images_magic} (images) or {labels_magic} (labels).</source>
      <translation>{name} 不是 MNIST IDX 文件：它的魔数是 {magic}，应为 {images_magic}（图像）或 {labels_magic}（标签）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} ends inside its header.</source>
      <translation>{name} 在文件头内部就结束了。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} declares images of {height}×{width} pixels.</source>
      <translation>{name} 声明的图像为 {height}×{width} 像素。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} declares {dims} = {expected} values but holds {actual}: the file is truncated or damaged.</source>
      <translation>{name} 声明了 {dims} = {expected} 个值，但只有 {actual} 个：文件不完整或已损坏。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} holds labels, not images.</source>
      <translation>{name} 包含的是标签，不是图像。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} holds images, not labels.</source>
      <translation>{name} 包含的是图像，不是标签。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{images} images but {labels} labels: the files do not belong together.</source>
      <translation>{images} 张图像，却有 {labels} 个标签：这些文件不是配套的。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>{name} holds label {label}; digits go from 0 to 9.</source>
      <translation>{name} 含有标签 {label}；数字只能是 0 到 9。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/mnist.py" />
      <source>unknown MNIST split {split!r}; choose one of {names}.</source>
      <translation>未知的 MNIST 数据划分 {split!r}；请从 {names} 中选择。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>LeNet-5 in the course deck (3×32×32 input)</source>
      <translation>课程课件中的 LeNet-5（输入 3×32×32）</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>LeNet-5, modern form (ReLU, max pooling), for MNIST (1×28×28 input)</source>
      <translation>LeNet-5 现代形式（ReLU、最大池化），用于 MNIST（输入 1×28×28）</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>parameter_table understands LeNet models and NetworkSpec descriptions only.</source>
      <translation>parameter_table 只理解 LeNet 模型和 NetworkSpec 描述。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{model}: LeNet-5 in its modern form, ReLU and max pooling ({shape} input)</source>
      <translation>{model}：现代形式的 LeNet-5，ReLU 与最大池化（输入 {shape}）</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name} needs a channels×height×width input, not {shape}.</source>
      <translation>{name} 需要 通道×高×宽 的输入，而不是 {shape}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: the window size must be at least 1.</source>
      <translation>{name}：窗口大小必须至少为 1。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: the stride must be at least 1.</source>
      <translation>{name}：步幅必须至少为 1。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: a {kernel}×{kernel} window does not fit in a {height}×{width} input with padding {padding}.</source>
      <translation>{name}：{kernel}×{kernel} 的窗口放不进填充为 {padding} 的 {height}×{width} 输入。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: the connection table lists {count} filters but the layer has {size}.</source>
      <translation>{name}：连接表列出了 {count} 个滤波器，但该层有 {size} 个。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: every filter must read distinct input maps numbered 0 to {last}, not {inputs}.</source>
      <translation>{name}：每个滤波器必须读取编号为 0 到 {last} 的不同输入图，而不是 {inputs}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name} reads from {source!r}, which is not an earlier layer.</source>
      <translation>{name} 从 {source!r} 读取，但它不是更早的层。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: a residual sum needs equal shapes, not {shape} and {other} (from {source}).</source>
      <translation>{name}：残差相加需要相同的形状，而不是 {shape} 和 {other}（来自 {source}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>{name}: a residual sum needs a source layer to add.</source>
      <translation>{name}：残差相加需要一个源层来相加。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>unknown layer kind {kind!r} in {name}.</source>
      <translation>{name} 中有未知的层类型 {kind!r}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>every input dimension must be at least 1, not {shape}.</source>
      <translation>每个输入维度都必须至少为 1，而不是 {shape}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/parameters.py" />
      <source>two layers are called {name!r}; a network with shortcuts needs unique names.</source>
      <translation>有两个层都叫 {name!r}；带捷径连接的网络需要唯一的名称。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/preprocess.py" />
      <source>draw a digit first: the picture is blank (nothing stands out from the background).</source>
      <translation>请先画一个数字：图片是空白的（没有任何内容从背景中突出）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/preprocess.py" />
      <source>the picture must hold numbers, not {dtype}.</source>
      <translation>图片必须包含数字，而不是 {dtype}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/preprocess.py" />
      <source>the picture must be a 2-D grey image (height × width), not shape {shape}.</source>
      <translation>图片必须是二维灰度图像（高 × 宽），而不是形状 {shape}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/preprocess.py" />
      <source>the picture contains NaN or infinite values.</source>
      <translation>图片包含 NaN 或无穷大的值。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>the sandbox's time limits must be positive numbers of seconds.</source>
      <translation>沙箱的时间限制必须是正的秒数。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>the sandbox's memory limit must be a whole number of at least 16 MiB.</source>
      <translation>沙箱的内存上限必须是至少 16 MiB 的整数。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>open</source>
      <translation>打开</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>answer</source>
      <translation>作答</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>compute its layers</source>
      <translation>计算其各层</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>look into its units</source>
      <translation>查看其单元</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>explain its answer</source>
      <translation>解释其答案</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>the model</source>
      <translation>该模型</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>convviz could not start the sandbox it runs own models in ({error}).</source>
      <translation>convviz 无法启动运行自己模型的沙箱（{error}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>The sandbox for own models did not start as expected.</source>
      <translation>用于自己模型的沙箱没有按预期启动。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} was closed.</source>
      <translation>{name} 已关闭。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{problem} Open the model again to retry.</source>
      <translation>{problem} 请重新打开模型再试。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} failed in its sandbox.</source>
      <translation>{name} 在沙箱中运行失败。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>The sandbox for own models did not start within {seconds:g} s (the computer is busy).</source>
      <translation>用于自己模型的沙箱未能在 {seconds:g} 秒内启动（电脑正忙）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} took longer than {seconds:g} s to {what}, so convviz stopped it.</source>
      <translation>{name} {what}的时间超过了 {seconds:g} 秒，因此 convviz 停止了它。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} sent a message convviz cannot read ({error}), so convviz stopped it.</source>
      <translation>{name} 发送了 convviz 无法读取的消息（{error}），因此 convviz 停止了它。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>The sandbox for own models could not start (exit status {code}).</source>
      <translation>用于自己模型的沙箱无法启动（退出状态 {code}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} ended its sandbox unexpectedly (exit status {code}) (it may have needed more than {limit} MiB).</source>
      <translation>{name} 使其沙箱意外结束（退出状态 {code}）（它可能需要超过 {limit} MiB 的内存）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} ended its sandbox unexpectedly (exit status {code}).</source>
      <translation>{name} 使其沙箱意外结束（退出状态 {code}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox.py" />
      <source>{name} needed more than {limit} MiB of memory to {what}, so convviz stopped it.</source>
      <translation>{name} {what}时需要超过 {limit} MiB 的内存，因此 convviz 停止了它。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>an array of {dtype} cannot be sent to or from the sandbox.</source>
      <translation>{dtype} 类型的数组无法发送到沙箱或从沙箱接收。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox is cut short.</source>
      <translation>来自沙箱的消息被截断了。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox cannot be read ({error}).</source>
      <translation>无法读取来自沙箱的消息（{error}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox has no table of arrays.</source>
      <translation>来自沙箱的消息没有数组表。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox describes an array badly ({error}).</source>
      <translation>来自沙箱的消息对数组的描述有误（{error}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox describes an array outside it.</source>
      <translation>来自沙箱的消息描述了一个超出消息范围的数组。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message from the sandbox gives an array a size that does not match its shape.</source>
      <translation>来自沙箱的消息给出的数组大小与其形状不符。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_wire.py" />
      <source>a message of {length} bytes is longer than the sandbox accepts.</source>
      <translation>{length} 字节的消息超过了沙箱接受的长度。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>the model failed: {error}</source>
      <translation>模型运行失败：{error}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>the sandbox holds no model yet.</source>
      <translation>沙箱中还没有模型。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>{name} returned {kind}, not a tensor of class scores.</source>
      <translation>{name} 返回的是 {kind}，而不是包含类别得分的张量。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>there is no explanation called {name!r}.</source>
      <translation>没有名为 {name!r} 的解释方法。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>the sandbox does not know the request {op!r}.</source>
      <translation>沙箱不认识请求 {op!r}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>a unit is given by its number.</source>
      <translation>单元要用编号来指定。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>unknown settings for activation maximisation ({error}).</source>
      <translation>激活最大化的设置未知（{error}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>the sandbox does not know the units request {what!r}.</source>
      <translation>沙箱不认识单元请求 {what!r}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandbox_worker.py" />
      <source>{name} looks like TorchScript but cannot be opened ({error}).</source>
      <translation>{name} 看起来是 TorchScript，但无法打开（{error}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>this {name} runs in the own-model sandbox; call the whole model instead.</source>
      <translation>此 {name} 在自己模型的沙箱中运行；请改为调用整个模型。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} has {count} layers; convviz shows at most {limit}.</source>
      <translation>{name} 有 {count} 层；convviz 最多显示 {limit} 层。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} has a layer name convviz cannot show ({layer!r}).</source>
      <translation>{name} 有一个 convviz 无法显示的层名（{layer!r}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent layers convviz cannot read.</source>
      <translation>{name} 发送了 convviz 无法读取的层。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent positions convviz cannot read.</source>
      <translation>{name} 发送了 convviz 无法读取的位置。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent a map size convviz cannot read.</source>
      <translation>{name} 发送了 convviz 无法读取的图大小。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent an answer convviz cannot read.</source>
      <translation>{name} 发送了 convviz 无法读取的答案。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>the options for {function} must be plain numbers: {error}.</source>
      <translation>{function} 的选项必须是普通数字：{error}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/sandboxed_module.py" />
      <source>{name} sent filters for {layer} that convviz cannot show.</source>
      <translation>{name} 为 {layer} 发送了 convviz 无法显示的滤波器。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/script_check.py" />
      <source>own models may only use the operations of a small CNN (convolutions, pooling, linear layers, activations, normalisation, dropout, reshaping and arithmetic)</source>
      <translation>自己的模型只能使用小型 CNN 的运算（卷积、池化、线性层、激活函数、归一化、dropout、形状变换和算术运算）</translation>
    </message>
    <message>
      <location filename="../../convviz/model/script_check.py" />
      <source>{method} of {where}</source>
      <translation>{where} 的 {method}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/script_check.py" />
      <source>a hook of {where}</source>
      <translation>{where} 的一个钩子（hook）</translation>
    </message>
    <message>
      <location filename="../../convviz/model/script_check.py" />
      <source>{name} uses {kind} (in {where}), which convviz does not run: {allowed}.</source>
      <translation>{name} 使用了 {kind}（在 {where} 中），convviz 不运行它：{allowed}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/script_check.py" />
      <source>{name} has a while loop (prim::Loop without a bound, in {where}), which could run forever; convviz only runs for loops over a counted range.</source>
      <translation>{name} 含有 while 循环（没有上界的 prim::Loop，在 {where} 中），它可能永远运行下去；convviz 只运行在计数范围内迭代的 for 循环。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>it does not hold a state_dict (a table of named weights)</source>
      <translation>它不包含 state_dict（一张命名权重表）</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source} does not hold a state_dict (a table of named weights).</source>
      <translation>{source} 不包含 state_dict（一张命名权重表）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>a weight is named {key} ({kind}), but weights are named by text such as 'conv1.weight'</source>
      <translation>有一个权重的名称是 {key}（{kind}），但权重应以 'conv1.weight' 这样的文本命名</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source} is not a table of named weights: {detail}.</source>
      <translation>{source} 不是命名权重表：{detail}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>it holds a {kind} under {key}, not a tensor of weights</source>
      <translation>它在 {key} 下存放的是 {kind}，而不是权重张量</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>missing {names}</source>
      <translation>缺少 {names}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>unexpected {names}</source>
      <translation>多出 {names}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{key} is {shape} but {network} needs {needed}</source>
      <translation>{key} 是 {shape}，但 {network} 需要 {needed}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>It looks like the weights of a different network: weights alone cannot rebuild it, so save that network with torch.jit.save (TorchScript) and open that file.</source>
      <translation>它看起来是另一个网络的权重：仅凭权重无法重建该网络，因此请用 torch.jit.save（TorchScript）保存那个网络，然后打开那个文件。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source} does not fit {network}: {detail}.{hint}</source>
      <translation>{source} 与 {network} 不匹配：{detail}。{hint}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{key} is stored in a special layout ({layout}), not as plain numbers</source>
      <translation>{key} 以特殊布局（{layout}）存储，而不是普通数字</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source}: {detail}.</source>
      <translation>{source}：{detail}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{key} holds {dtype} values, not the decimal numbers weights are</source>
      <translation>{key} 存放的是 {dtype} 值，而不是权重所用的小数</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{names} (NaN or infinite)</source>
      <translation>{names}（NaN 或无穷大）</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>{source} has weights that are not finite numbers: {detail}.</source>
      <translation>{source} 中有不是有限数的权重：{detail}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/state_dict_check.py" />
      <source>a single number</source>
      <translation>单个数</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>epochs must be at least 1.</source>
      <translation>轮数必须至少为 1。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>the learning rate must be greater than 0.</source>
      <translation>学习率必须大于 0。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>weight decay cannot be negative.</source>
      <translation>权重衰减不能为负。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>dropout must be at least 0 and below 1.</source>
      <translation>dropout 必须至少为 0 且小于 1。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>the elastic wobble cannot be negative.</source>
      <translation>弹性形变不能为负。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>the training subset must hold at least one digit.</source>
      <translation>训练子集必须至少包含一个数字。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>LeNet has no learnable layer '{name}'; choose among {names}.</source>
      <translation>LeNet 没有可学习的层 '{name}'；请从 {names} 中选择。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>Train LeNet-5 on the shipped MNIST digits and write weights plus a model card.</source>
      <translation>在附带的 MNIST 数字上训练 LeNet-5，并写出权重和模型卡。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>peak learning rate (one-cycle)</source>
      <translation>峰值学习率（one-cycle）</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>cpu, cuda, mps or auto</source>
      <translation>cpu、cuda、mps 或 auto</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>train on the digits as they are</source>
      <translation>直接用原始数字训练（不做数据增强）</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>largest elastic wobble, pixels (0: none)</source>
      <translation>最大弹性形变，单位为像素（0：不形变）</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>train on this many digits only</source>
      <translation>只用这么多个数字训练</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>fine-tune: only these layers learn ({names})</source>
      <translation>微调：只有这些层学习（{names}）</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>start from the shipped trained weights</source>
      <translation>从附带的已训练权重开始</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>CPU threads torch may use</source>
      <translation>torch 可使用的 CPU 线程数</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>weights file (MODEL_CARD.md goes beside it)</source>
      <translation>权重文件（MODEL_CARD.md 放在它旁边）</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>no progress bar</source>
      <translation>不显示进度条</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>threads must be at least 1.</source>
      <translation>线程数必须至少为 1。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>epoch {epoch}: loss {loss:.4f}, train {train:.2f}%, test {test:.2f}%</source>
      <translation>第 {epoch} 轮：损失 {loss:.4f}，训练 {train:.2f}%，测试 {test:.2f}%</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train.py" />
      <source>test accuracy {accuracy:.2f}% after {epochs} epochs in {seconds:.0f} s; wrote {weights} and {card}</source>
      <translation>{epochs} 轮后测试准确率为 {accuracy:.2f}%，用时 {seconds:.0f} 秒；已写出 {weights} 和 {card}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>Training failed: {error}</source>
      <translation>训练失败：{error}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>a training process runs one training; start another for the next.</source>
      <translation>一个训练进程只运行一次训练；下一次请启动新的进程。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>training data are four arrays: training pictures, their labels, test pictures, labels.</source>
      <translation>训练数据是四个数组：训练图片、其标签、测试图片、标签。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>the picture followed while training must be 28×28, not {shape}.</source>
      <translation>训练时跟踪的图片必须是 28×28，而不是 {shape}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>Training was stopped.</source>
      <translation>训练已停止。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>The training process ended unexpectedly ({why}).</source>
      <translation>训练进程意外结束（{why}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>signal {number}</source>
      <translation>信号 {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/train_process.py" />
      <source>exit code {code}</source>
      <translation>退出码 {code}</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>expected one or two numbers for a 2-D layer setting, not {values}.</source>
      <translation>二维层的设置需要一个或两个数，而不是 {values}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model's layers cannot be shown ({problem}), so their units cannot be looked at one by one.</source>
      <translation>无法显示此模型的各层（{problem}），因此无法逐个查看它们的单元。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model's layers cannot be shown, so their units cannot be looked at one by one.</source>
      <translation>无法显示此模型的各层，因此无法逐个查看它们的单元。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>a layer of this model does not say how many units it has.</source>
      <translation>此模型的某一层没有说明它有多少个单元。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model has no convolution (Conv2d) or fully connected (Linear) layer to look into.</source>
      <translation>此模型没有可查看的卷积层（Conv2d）或全连接层（Linear）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model has no layer {name!r} with units to look at.</source>
      <translation>此模型没有带可查看单元的层 {name!r}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>LeNet has no layer {layer!r}.</source>
      <translation>LeNet 没有层 {layer!r}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>this model has no layer {layer!r}.</source>
      <translation>此模型没有层 {layer!r}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>activation maximisation takes 1 to 5,000 steps, not {steps}.</source>
      <translation>激活最大化需要 1 到 5,000 步，而不是 {steps}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>the step size must lie in (0, 1] and the decay in [0, 1).</source>
      <translation>步长必须在 (0, 1] 之内，衰减必须在 [0, 1) 之内。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>blur every 0 (never) or more steps, with a blur of 0 to 5 pixels and jitter of 0 to 4.</source>
      <translation>每隔 0（从不）或更多步模糊一次，模糊为 0 到 5 像素，抖动为 0 到 4。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/units.py" />
      <source>{layer} has units 0 to {last}, not {unit}.</source>
      <translation>{layer} 的单元编号为 0 到 {last}，而不是 {unit}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The LeNet weights file {path} is missing; train it with `convviz-train --output {path}`.</source>
      <translation>缺少 LeNet 权重文件 {path}；请用 `convviz-train --output {path}` 训练生成它。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>{name} is a TorchScript model, not LeNet weights</source>
      <translation>{name} 是 TorchScript 模型，不是 LeNet 权重</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>it holds Python objects or code ({names}), and convviz never runs code from a file</source>
      <translation>它含有 Python 对象或代码（{names}），而 convviz 从不运行文件中的代码</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The LeNet weights file {path} is damaged or not a weights file ({reason}); retrain it with `convviz-train`.</source>
      <translation>LeNet 权重文件 {path} 已损坏或不是权重文件（{reason}）；请用 `convviz-train` 重新训练。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The file {path} does not hold a LeNet state_dict (a table of named weights).</source>
      <translation>文件 {path} 不包含 LeNet 的 state_dict（一张命名权重表）。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The file {path} does not hold a LeNet state_dict: {detail}.</source>
      <translation>文件 {path} 不包含 LeNet 的 state_dict：{detail}。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>this LeNet</source>
      <translation>此 LeNet</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The weights in {path} contain NaN or infinite values ({detail}); retrain them.</source>
      <translation>{path} 中的权重包含 NaN 或无穷大的值（{detail}）；请重新训练。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The weights in {path} do not fit this LeNet ({detail}); retrain them with `convviz-train`.</source>
      <translation>{path} 中的权重与此 LeNet 不匹配（{detail}）；请用 `convviz-train` 重新训练。</translation>
    </message>
    <message>
      <location filename="../../convviz/model/weights.py" />
      <source>The device {device} failed ({error}); using the CPU.</source>
      <translation>设备 {device} 出错（{error}）；改用 CPU。</translation>
    </message>
    <message>
      <location filename="../../convviz/new_files.py" />
      <source>no free temporary name beside {file} after {tries} tries</source>
      <translation>尝试 {tries} 次后，{file} 旁边仍没有可用的临时文件名</translation>
    </message>
    <message>
      <location filename="../../convviz/resources.py" />
      <source>The resource {name} is missing from {folder}; reinstall convviz to restore it.</source>
      <translation>{folder} 中缺少资源 {name}；请重新安装 convviz 来恢复它。</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>no file was chosen</source>
      <translation>没有选择文件</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{kind} is not a file path</source>
      <translation>{kind} 不是文件路径</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>the file name contains a NUL character, so it cannot name a file</source>
      <translation>文件名中含有 NUL 字符，因此不能作为文件名</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>a folder</source>
      <translation>文件夹</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>a named pipe (FIFO)</source>
      <translation>命名管道（FIFO）</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>a device</source>
      <translation>设备</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>a socket</source>
      <translation>套接字</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>not a regular file</source>
      <translation>非普通文件</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>there is no file {file}; check the name and folder</source>
      <translation>没有文件 {file}；请检查文件名和文件夹</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} cannot be looked at ({reason})</source>
      <translation>无法查看 {file}（{reason}）</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} cannot be read (no permission to open it)</source>
      <translation>无法读取 {file}（没有打开它的权限）</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} cannot be opened ({reason})</source>
      <translation>无法打开 {file}（{reason}）</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} is larger than {limit}: too large to be {what}</source>
      <translation>{file} 大于 {limit}：作为{what}太大了</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} is a folder, not {what}; choose a file inside it</source>
      <translation>{file} 是文件夹，不是{what}；请选择其中的一个文件</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} is {kind}, not {what}; convviz reads only ordinary files</source>
      <translation>{file} 是{kind}，不是{what}；convviz 只读取普通文件</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{file} is {size}: too large to be {what} (the limit is {limit})</source>
      <translation>{file} 的大小为 {size}：作为{what}太大了（上限是 {limit}）</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_files.py" />
      <source>{count} bytes</source>
      <translation>{count} 字节</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_json.py" />
      <source>a whole number of {digits:,} digits</source>
      <translation>{digits:,} 位的整数</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_json.py" />
      <source>its JSON is nested absurdly deep (more than {depth} levels)</source>
      <translation>它的 JSON 嵌套深得离谱（超过 {depth} 层）</translation>
    </message>
    <message>
      <location filename="../../convviz/safe_json.py" />
      <source>its JSON is nested more than {depth} levels deep</source>
      <translation>它的 JSON 嵌套超过 {depth} 层</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Photos</source>
      <translation>照片</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>MNIST digits</source>
      <translation>MNIST 数字</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Patterns</source>
      <translation>图案</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Handwritten {digit} (MNIST)</source>
      <translation>手写 {digit}（MNIST）</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>A handwritten {digit} from the MNIST test set, the size LeNet reads.</source>
      <translation>来自 MNIST 测试集的手写 {digit}，大小正是 LeNet 读取的尺寸。</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Camera man (grey)</source>
      <translation>摄影师（灰度）</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Strong edges and flat sky: the classic edge-detector test.</source>
      <translation>强边缘和平坦的天空：经典的边缘检测测试图。</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Brick wall (grey)</source>
      <translation>砖墙（灰度）</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Horizontal and vertical mortar lines for line detectors.</source>
      <translation>水平和竖直的砖缝，适合线条检测器。</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Coins (grey)</source>
      <translation>硬币（灰度）</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Round blobs on a flat background: try blurs and the Laplacian.</source>
      <translation>平坦背景上的圆形斑块：试试模糊和拉普拉斯。</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Text (grey)</source>
      <translation>文字（灰度）</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Thin strokes: line detectors and sharpening.</source>
      <translation>细笔画：线条检测和锐化。</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Astronaut (colour)</source>
      <translation>宇航员（彩色）</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>A colour portrait: three channels, one kernel per channel.</source>
      <translation>彩色肖像：三个通道，每个通道一个卷积核。</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Coffee (colour)</source>
      <translation>咖啡（彩色）</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Warm colours: compare the red, green and blue results.</source>
      <translation>暖色调：比较红、绿、蓝的结果。</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Chelsea the cat (colour)</source>
      <translation>猫咪 Chelsea（彩色）</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Fur texture and whiskers.</source>
      <translation>毛发纹理和胡须。</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Rocket launch (colour)</source>
      <translation>火箭发射（彩色）</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Sky, smoke and a bright plume.</source>
      <translation>天空、烟雾和明亮的尾焰。</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Horse silhouette (grey)</source>
      <translation>马的剪影（灰度）</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>A solid shape: outlines appear with edge kernels.</source>
      <translation>实心形状：用边缘卷积核可显出轮廓。</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Single bright pixel</source>
      <translation>单个亮像素</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Convolving one bright pixel draws the kernel itself: flipped unless flip is on.</source>
      <translation>对单个亮像素做卷积会画出卷积核本身：除非开启翻转，否则是翻转的。</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Step edge</source>
      <translation>阶跃边缘</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Dark left half, bright right half: vertical edge detectors answer on the border only.</source>
      <translation>左半暗、右半亮：竖直边缘检测器只在分界处响应。</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Checkerboard</source>
      <translation>棋盘格</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Squares of 8 pixels: both edge directions and corners.</source>
      <translation>8 像素的方格：两个方向的边缘和角点。</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Lines at angles</source>
      <translation>不同角度的线</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Four quadrants of thin lines at 0°, 45°, 90° and 135°: each line detector lights one.</source>
      <translation>四个象限分别是 0°、45°、90° 和 135° 的细线：每个线条检测器点亮其中一个。</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Smooth ramp</source>
      <translation>平滑渐变</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Brightness rising left to right: edge kernels give a constant answer.</source>
      <translation>亮度从左到右递增：边缘卷积核给出恒定响应。</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>There is no sample called {name}; the samples are: {known}.</source>
      <translation>没有名为 {name} 的示例；现有示例为：{known}。</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>An MNIST digit is 0 to 9, not {label}.</source>
      <translation>MNIST 数字是 0 到 9，而不是 {label}。</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>The shipped MNIST label file is damaged (wrong magic number).</source>
      <translation>附带的 MNIST 标签文件已损坏（魔数错误）。</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>Only {count} examples of the digit {label} are offered.</source>
      <translation>数字 {label} 只提供 {count} 个样例。</translation>
    </message>
    <message>
      <location filename="../../convviz/samples.py" />
      <source>The shipped MNIST image file is damaged (wrong magic number).</source>
      <translation>附带的 MNIST 图像文件已损坏（魔数错误）。</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>arrays of {dtype} cannot be saved in a session</source>
      <translation>{dtype} 类型的数组无法保存到会话中</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} would unpack to {size:,.1f} MB, more than the {limit:,.0f} MB all arrays of a session may take</source>
      <translation>{what} 解压后会有 {size:,.1f} MB，超过了会话中所有数组合计可占用的 {limit:,.0f} MB</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>an embedded array</source>
      <translation>内嵌数组</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is not described as an object</source>
      <translation>{what} 的描述不是对象</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} has an unknown number type {dtype}</source>
      <translation>{what} 的数值类型 {dtype} 未知</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} has no valid shape</source>
      <translation>{what} 没有有效的形状</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} claims {count} values, more than convviz ever saves</source>
      <translation>{what} 声称有 {count} 个值，超过了 convviz 可能保存的数量</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} uses an unknown encoding {encoding}</source>
      <translation>{what} 使用了未知的编码 {encoding}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} has no data</source>
      <translation>{what} 没有数据</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} holds far more data than its {shape} shape needs</source>
      <translation>{what} 的数据远多于其形状 {shape} 所需</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what}'s data is damaged (not valid base64)</source>
      <translation>{what} 的数据已损坏（不是有效的 base64）</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{kind} cannot be saved in a session</source>
      <translation>{kind} 无法保存到会话中</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>scalar</source>
      <translation>标量</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} claims a {shape} shape that no {encoding} picture has</source>
      <translation>{what} 声称的形状 {shape} 不可能是 {encoding} 图片的形状</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is a {width}×{height} {mode} picture, not the {shape} its description says</source>
      <translation>{what} 是 {width}×{height} 的 {mode} 图片，而不是其描述所说的 {shape}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is a picture far too large to decode safely</source>
      <translation>{what} 是一张太大的图片，无法安全解码</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is a damaged picture ({reason})</source>
      <translation>{what} 是一张已损坏的图片（{reason}）</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what} is {actual}, not the {shape} its description says</source>
      <translation>{what} 是 {actual}，而不是其描述所说的 {shape}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what}'s data is damaged (it does not decompress)</source>
      <translation>{what} 的数据已损坏（无法解压）</translation>
    </message>
    <message>
      <location filename="../../convviz/session/arrays.py" />
      <source>{what}'s data is truncated or too long for its shape</source>
      <translation>{what} 的数据不完整，或相对其形状来说太长</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{where}" is not an object</source>
      <translation>"{where}" 不是对象</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>a state</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" is missing</source>
      <translation>缺少 "{name}"</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a finite number, not {value}</source>
      <translation>"{name}" 必须是有限数，而不是 {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be true or false, not {value}</source>
      <translation>"{name}" 必须是 true 或 false，而不是 {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be text, not {value}</source>
      <translation>"{name}" 必须是文本，而不是 {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" is {length:,} characters long; at most {most:,} are allowed</source>
      <translation>"{name}" 长 {length:,} 个字符；最多允许 {most:,} 个</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be one of {choices}, not {value}</source>
      <translation>"{name}" 必须是 {choices} 之一，而不是 {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a list of {what}, not {value}</source>
      <translation>"{name}" 必须是{what}列表，而不是 {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" holds {count:,} {what}; at most {most:,} are allowed</source>
      <translation>"{name}" 含有 {count:,} 个{what}；最多允许 {most:,} 个</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be two whole numbers (rows, columns), not {value}</source>
      <translation>"{name}" 必须是两个整数（行数, 列数），而不是 {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>float</source>
      <translation>浮点</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>numeric</source>
      <translation>数值</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a {wanted} array, not {dtype}</source>
      <translation>"{name}" 必须是 {wanted} 数组，而不是 {dtype}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" has the shape {shape}, which this field cannot hold</source>
      <translation>"{name}" 的形状为 {shape}，此字段无法容纳</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" is {shape}; {sides}</source>
      <translation>"{name}" 是 {shape}；{sides}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>{shown_by} shows {range} cells a side</source>
      <translation>{shown_by}每边显示 {range} 个单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>each side must be {range} cells</source>
      <translation>每边必须是 {range} 个单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be an embedded array, not {value}</source>
      <translation>"{name}" 必须是内嵌数组，而不是 {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" holds NaN or infinite values</source>
      <translation>"{name}" 含有 NaN 或无穷大的值</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a rectangular grid of numbers (a list of rows)</source>
      <translation>"{name}" 必须是由数字组成的矩形网格（行的列表）</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" is {rows}×{columns}; {sides}</source>
      <translation>"{name}" 是 {rows}×{columns}；{sides}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a rectangular grid of numbers</source>
      <translation>"{name}" 必须是由数字组成的矩形网格</translation>
    </message>
    <message>
      <location filename="../../convviz/session/fields.py" />
      <source>"{name}" must be a non-empty rectangular grid of numbers</source>
      <translation>"{name}" 必须是由数字组成的非空矩形网格</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>convviz sessions (*.convviz);;All files (*)</source>
      <translation>convviz 会话 (*.convviz);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This file is not a convviz session: it is {length:,.0f} million characters long (the limit is {limit:,.0f} million).</source>
      <translation>此文件不是 convviz 会话：它长达 {length:,.0f} 百万个字符（上限是 {limit:,.0f} 百万）。</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>It looks cut short (truncated).</source>
      <translation>它看起来不完整（被截断了）。</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This file is not a convviz session: it is not valid JSON (line {line}, column {column}: {reason}).</source>
      <translation>此文件不是 convviz 会话：它不是有效的 JSON（第 {line} 行，第 {column} 列：{reason}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This file is not a convviz session: {reason}.</source>
      <translation>此文件不是 convviz 会话：{reason}。</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This file is not a convviz session: it does not start with "format": "{format}".</source>
      <translation>此文件不是 convviz 会话：它不是以 "format": "{format}" 开头的。</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This session file has no valid format version (found {found}).</source>
      <translation>此会话文件没有有效的格式版本（找到的是 {found}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This session was saved by a newer convviz{by} in session format {found}; this convviz reads format {version} and older. Update convviz to open it.</source>
      <translation>此会话由更新版本的 convviz{by} 以会话格式 {found} 保存；此版本 convviz 只能读取格式 {version} 及更早的版本。请更新 convviz 后再打开。</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>This session file is damaged: {reason}.</source>
      <translation>此会话文件已损坏：{reason}。</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>a convviz session</source>
      <translation>convviz 会话</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>Could not read {file}: there is no such file.</source>
      <translation>无法读取 {file}：没有这个文件。</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>{reason}.</source>
      <translation>{reason}。</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>Could not read {file}: {reason}.</source>
      <translation>无法读取 {file}：{reason}。</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>{file} is empty: it is not a convviz session (or it was cut short).</source>
      <translation>{file} 是空的：它不是 convviz 会话（或者被截断了）。</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>{file} is not a convviz session: it is not text (JSON).</source>
      <translation>{file} 不是 convviz 会话：它不是文本（JSON）。</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>{file}: {reason}</source>
      <translation>{file}：{reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"views" is not an object</source>
      <translation>"views" 不是对象</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"views" names {count:,} views; a session holds at most {most}</source>
      <translation>"views" 列出了 {count:,} 个视图；一个会话最多包含 {most} 个</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>the {view} view's state is not an object</source>
      <translation>{view} 视图的状态不是对象</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>in the {view} view, {reason}</source>
      <translation>在 {view} 视图中，{reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"picture" is not an object</source>
      <translation>"picture" 不是对象</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"lesson" is not an object</source>
      <translation>"lesson" 不是对象</translation>
    </message>
    <message>
      <location filename="../../convviz/session/format.py" />
      <source>"lesson.builtin" must be true or false, not {value}</source>
      <translation>"lesson.builtin" 必须是 true 或 false，而不是 {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>the Steps view</source>
      <translation>逐步视图</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{name}" must have a square background and image of the same size</source>
      <translation>"{name}" 必须有一个正方形的背景和同样大小的图像</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>strokes</source>
      <translation>笔画</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{where}" must be [width, [[x, y], ...]]</source>
      <translation>"{where}" 必须是 [width, [[x, y], ...]]</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{where}" has no points</source>
      <translation>"{where}" 没有点</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{name}.strokes" hold more than {most:,} points in all; a canvas replays every point when it is restored</source>
      <translation>"{name}.strokes" 的点总数超过 {most:,}；恢复时画布会重放每个点</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>a point of "{where}" must be [x, y]</source>
      <translation>"{where}" 中的点必须是 [x, y]</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"kernels" must be three kernels (red, green, blue)</source>
      <translation>"kernels" 必须是三个卷积核（红、绿、蓝）</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>the kernel editor</source>
      <translation>卷积核编辑器</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"kernels" must be three kernels of one size, {range} cells a side</source>
      <translation>"kernels" 必须是三个大小相同的卷积核，每边 {range} 个单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>numbers</source>
      <translation>数字</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>grids</source>
      <translation>网格</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{name}" must hold grids of one size</source>
      <translation>"{name}" 中的网格大小必须相同</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"edits" must map {layers} to their edited filters</source>
      <translation>"edits" 必须把 {layers} 映射到它们被编辑过的滤波器</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>{first} and {second}</source>
      <translation>{first} 和 {second}</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>edited filter slices</source>
      <translation>已编辑的滤波器切片</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"{where}.weights" must be a square filter of finite numbers</source>
      <translation>"{where}.weights" 必须是由有限数组成的正方形滤波器</translation>
    </message>
    <message>
      <location filename="../../convviz/session/views.py" />
      <source>"input.digit" must be a {side}×{side} picture</source>
      <translation>"input.digit" 必须是 {side}×{side} 的图片</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>A camera frame must be colour pixels (height × width × 3, bytes).</source>
      <translation>摄像头画面必须是彩色像素（高 × 宽 × 3，字节）。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>camera {index}</source>
      <translation>摄像头 {index}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>No camera was found ({device} does not exist). Connect one, or pick a picture.</source>
      <translation>未找到摄像头（{device} 不存在）。请连接一个，或选择一张图片。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>The camera could not be opened: another program may be using it. Close that, or pick a picture.</source>
      <translation>无法打开摄像头：可能有其他程序正在使用它。请关闭该程序，或选择一张图片。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>The clip {name} was not found.</source>
      <translation>找不到视频片段 {name}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>The clip {name} could not be read as a video.</source>
      <translation>无法将视频片段 {name} 作为视频读取。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>A moving pattern needs at least 8×8 pixels.</source>
      <translation>移动图案至少需要 8×8 像素。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/camera.py" />
      <source>moving pattern</source>
      <translation>移动图案</translation>
    </message>
    <message>
      <location filename="../../convviz/state/color_vision.py" />
      <source>unknown colour-vision deficiency {name}; use one of {known}.</source>
      <translation>未知的色觉缺陷类型 {name}；请使用 {known} 之一。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>the sequential colour map needs pyqtgraph's viridis table; reinstall convviz</source>
      <translation>顺序色图需要 pyqtgraph 的 viridis 颜色表；请重新安装 convviz</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>unknown colour scale {name}; use one of {known}.</source>
      <translation>未知的颜色标尺 {name}；请使用 {known} 之一。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>blue negative · white zero · orange positive</source>
      <translation>蓝色为负 · 白色为零 · 橙色为正</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>cannot be negative: dark purple low → yellow high</source>
      <translation>不可能为负：深紫色低 → 黄色高</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>black low → white high</source>
      <translation>黑色低 → 白色高</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>unknown kind of quantity {name}; use one of {known}.</source>
      <translation>未知的数值类型 {name}；请使用 {known} 之一。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>a picture is (H, W) grey or (3, H, W) colour, not shape {shape}.</source>
      <translation>图片应为 (H, W) 灰度或 (3, H, W) 彩色，而不是形状 {shape}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>each map its own</source>
      <translation>每张图各自</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>one per layer</source>
      <translation>每层一套</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>one for the whole network</source>
      <translation>整个网络一套</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>unknown colour range {name}; use one of {known}.</source>
      <translation>未知的颜色范围 {name}；请使用 {known} 之一。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/colors.py" />
      <source>one colour range for the whole network needs the network's layers.</source>
      <translation>整个网络共用一个颜色范围时，需要该网络的各层。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/conventions.py" />
      <source>rows and columns counted from 1</source>
      <translation>行和列从 1 开始计数</translation>
    </message>
    <message>
      <location filename="../../convviz/state/conventions.py" />
      <source>row {row}, column {column}</source>
      <translation>第 {row} 行，第 {column} 列</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>A kernel must be a grid of numbers.</source>
      <translation>卷积核必须是由数字组成的网格。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>A kernel must be a grid: every row as long as the others.</source>
      <translation>卷积核必须是网格：每一行都和其他行一样长。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>A kernel side must be {low} to {high} cells, not {side}.</source>
      <translation>卷积核的边长必须是 {low} 到 {high} 个单元格，而不是 {side}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>a kernel cell</source>
      <translation>卷积核单元格</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>"kernels" must be three kernels (red, green, blue) of one size.</source>
      <translation>"kernels" 必须是三个大小相同的卷积核（红、绿、蓝）。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>"kernels" must be three kernels of one size, as in a conv layer.</source>
      <translation>"kernels" 必须是三个大小相同的卷积核，就像卷积层中那样。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>"{name}" must be a name of at most {most} characters</source>
      <translation>"{name}" 必须是不超过 {most} 个字符的名称</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>the convolution view has no setting called {name}</source>
      <translation>卷积视图没有名为 {name} 的设置</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>This kernel's cells sum to 0 (an edge detector), so it cannot be scaled to sum 1.</source>
      <translation>这个卷积核的单元格之和为 0（边缘检测器），因此无法缩放到和为 1。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>dilated form: {formula}</source>
      <translation>膨胀形式：{formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>height</source>
      <translation>高度</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>width</source>
      <translation>宽度</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No output {axis}: {reason}.</source>
      <translation>{axis}方向无输出：{reason}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No output: {problem}.</source>
      <translation>无输出：{problem}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No output: reflect padding mirrors the picture, so it needs fewer cells than the {rows}×{cols} picture has ({asked} asked); use less padding, zeros or replicate.</source>
      <translation>无输出：reflect 填充会镜像图片，所以需要的单元格必须少于 {rows}×{cols} 图片所有的（要求了 {asked}）；请减少填充，或使用零或 replicate。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No pooling output: the {k}×{k} pool window is bigger than the {rows}×{cols} feature map; use a window of at most {most} cells.</source>
      <translation>无池化输出：{k}×{k} 的池化窗口比 {rows}×{cols} 的特征图还大；请使用不超过 {most} 个单元格的窗口。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution.py" />
      <source>No output: the {channels} colour channels cannot be split into {groups} equal groups; choose 1 (each filter sees all three) or 3 (depthwise: one map per channel).</source>
      <translation>无输出：{channels} 个颜色通道无法分成 {groups} 个相等的组；请选 1（每个滤波器看全部三个通道）或 3（逐通道：每个通道一张图）。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution_run.py" />
      <source>{device} failed ({reason}); computed on the CPU instead.</source>
      <translation>{device} 出错（{reason}）；已改用 CPU 计算。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/convolution_run.py" />
      <source>PyTorch gives a {theirs} map but convviz shows {mine}.</source>
      <translation>PyTorch 给出的是 {theirs} 的图，但 convviz 显示的是 {mine}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/evaluation.py" />
      <source>a chunk holds at least one digit, not {chunk}.</source>
      <translation>每块至少包含一个数字，而不是 {chunk}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/frame_grabber.py" />
      <source>The camera could not be started: {reason}</source>
      <translation>无法启动摄像头：{reason}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/frame_grabber.py" />
      <source>The camera stopped giving pictures.</source>
      <translation>摄像头不再提供画面。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/frame_rate.py" />
      <source>the frame-rate window must be longer than zero seconds.</source>
      <translation>帧率窗口必须长于零秒。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>a preset kernel must be a 2-D matrix, not shape {shape}.</source>
      <translation>预设卷积核必须是二维矩阵，而不是形状 {shape}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>these weights have no {layer}: they are not a LeNet's.</source>
      <translation>这些权重没有 {layer}：它们不是 LeNet 的权重。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>a test digit is 28×28 pixels, not {shape}.</source>
      <translation>测试数字是 28×28 像素，而不是 {shape}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>a filter weight must be a finite number.</source>
      <translation>滤波器权重必须是有限数。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>a filter must hold finite numbers only.</source>
      <translation>滤波器只能包含有限数。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>these weights are not this LeNet's: their layers or shapes differ.</source>
      <translation>这些权重不是此 LeNet 的：它们的层或形状不同。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>{layer} filters have shape {shape}, not {given}.</source>
      <translation>{layer} 滤波器的形状是 {shape}，而不是 {given}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet.py" />
      <source>only the filters of {layers} can be edited, not {layer}.</source>
      <translation>只能编辑 {layers} 的滤波器，不能编辑 {layer}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>Each pixel of map {number} is the sum of the {terms} products of a {size}×{size} window of the input with filter {number}, plus its bias {bias} (padding 2 keeps the map 28×28). PyTorch: {code}.</source>
      <translation>第 {number} 张图的每个像素，是输入中一个 {size}×{size} 窗口与滤波器 {number} 的 {terms} 个乘积之和，再加上偏置 {bias}（填充 2 使图保持 28×28）。PyTorch：{code}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>Map {number} adds up all {channels} pool1 maps, each slid under its own {size}×{size} slice of filter {number}: {terms} products per pixel, plus the bias {bias}. PyTorch: {code} (shape {channels}×{size}×{size}).</source>
      <translation>第 {number} 张图把全部 {channels} 张 pool1 图相加，每张在滤波器 {number} 各自的 {size}×{size} 切片下滑动：每个像素 {terms} 个乘积，再加偏置 {bias}。PyTorch：{code}（形状 {channels}×{size}×{size}）。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>map {number}</source>
      <translation>第 {number} 张图</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>filter {number}</source>
      <translation>滤波器 {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>filter + bias</source>
      <translation>滤波器 + 偏置</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>ReLU keeps positive values and sets negative ones to 0: here {zeroed} of {total} pixels were negative and became 0 (the blue ones).</source>
      <translation>ReLU 保留正值，把负值设为 0：这里 {total} 个像素中有 {zeroed} 个为负，变成了 0（蓝色的那些）。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>2×2 max, stride 2</source>
      <translation>2×2 最大值，步幅 2</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>pooled ({rows}×{cols})</source>
      <translation>池化后（{rows}×{cols}）</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>Max pooling keeps the largest value of each 2×2 block: the map halves in each direction, and a feature still counts after a one-pixel shift as long as it stays inside the same 2×2 block.</source>
      <translation>最大池化保留每个 2×2 块中的最大值：图在每个方向上减半；特征平移一个像素后，只要仍在同一个 2×2 块内，就依然被计入。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>logit of digit {number}</source>
      <translation>数字 {number} 的 logit</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>unit {number}</source>
      <translation>单元 {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>({count} values)</source>
      <translation>（{count} 个值）</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>its {count} weights</source>
      <translation>它的 {count} 个权重</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>weights + bias</source>
      <translation>权重 + 偏置</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>value {value}</source>
      <translation>值 {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>A fully connected unit multiplies each of its {count} inputs by its own weight and adds them with the bias {bias}: {value}. PyTorch: {code}.</source>
      <translation>全连接单元把 {count} 个输入分别乘以各自的权重，再与偏置 {bias} 相加：{value}。PyTorch：{code}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_detail.py" />
      <source>there is no map to inspect in {stage}.</source>
      <translation>{stage} 中没有可查看的图。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>The {device} device failed ({reason}); computing on the CPU.</source>
      <translation>{device} 设备出错（{reason}）；改用 CPU 计算。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>test #{index}</source>
      <translation>测试 #{index}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>MNIST test #{index}</source>
      <translation>MNIST 测试 #{index}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>digits go from 0 to 9, not {digit}.</source>
      <translation>数字只能是 0 到 9，而不是 {digit}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lenet_run.py" />
      <source>the test set has digits 0 to {last}, not {index}.</source>
      <translation>测试集的数字编号为 0 到 {last}，而不是 {index}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Images and tensors</source>
      <translation>图像与张量</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Convolution step by step</source>
      <translation>逐步卷积</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Padding, stride and flipping</source>
      <translation>填充、步幅与翻转</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Filters on photos</source>
      <translation>照片上的滤波器</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Several filters and colour</source>
      <translation>多个滤波器与彩色</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Pooling</source>
      <translation>池化</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Activations and softmax</source>
      <translation>激活函数与 softmax</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>LeNet and counting parameters</source>
      <translation>LeNet 与参数计数</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Training the network</source>
      <translation>训练网络</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>More kinds of convolution</source>
      <translation>更多种类的卷积</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>The slide printed {printed} {where}; the true value is {true}.</source>
      <translation>课件上{where}写的是 {printed}；真实值是 {true}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Filter {number}</source>
      <translation>滤波器 {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>as the total of “{table}”</source>
      <translation>作为“{table}”的总数</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} opens in the Steps view but has no input matrix.</source>
      <translation>{lesson}在逐步视图中打开，但没有输入矩阵。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} applies an activation; the Steps view shows the convolution or pooling only.</source>
      <translation>{lesson}使用了激活函数；逐步视图只显示卷积或池化。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} transposes {channels} channels; the Steps view transposes one grid at a time.</source>
      <translation>{lesson}要转置 {channels} 个通道；逐步视图一次只转置一个网格。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} pools {channels} channels; the Steps view pools one grid at a time.</source>
      <translation>{lesson}要池化 {channels} 个通道；逐步视图一次只池化一个网格。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} needs one kernel slice per input channel for the Steps view.</source>
      <translation>{lesson}在逐步视图中需要每个输入通道一个卷积核切片。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} has a kernel factor; the Steps view steps colour kernels with plain weights.</source>
      <translation>{lesson}带有卷积核系数；逐步视图逐步计算彩色卷积核时只用普通权重。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} needs exactly one 2-D kernel for the Steps view.</source>
      <translation>{lesson}在逐步视图中需要恰好一个二维卷积核。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} cannot be shown in the Steps view: {reason}.</source>
      <translation>{lesson}无法在逐步视图中显示：{reason}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} is a transposed convolution; open it in the Steps view, which shows the stamps.</source>
      <translation>{lesson}是转置卷积；请在逐步视图中打开它，那里会显示印章。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} is a pooling lesson; open it in the Steps view, which shows pooling on its own.</source>
      <translation>{lesson}是池化课程；请在逐步视图中打开它，那里会单独显示池化。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} opens in the convolution view but has no input or no kernel.</source>
      <translation>{lesson}在卷积视图中打开，但没有输入或没有卷积核。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} has {channels} input channel(s) and kernels for {kernels}; the convolution view shows grey pictures with 2-D kernels and colour pictures with one slice per colour.</source>
      <translation>{lesson}有 {channels} 个输入通道，卷积核却适用于 {kernels}；卷积视图显示的是配二维卷积核的灰度图片，或每种颜色一个切片的彩色图片。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} has a kernel larger than {side}×{side}.</source>
      <translation>{lesson}的卷积核大于 {side}×{side}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} uses {activation}, which the convolution view does not apply to a feature map; show it as a concept lesson.</source>
      <translation>{lesson}使用了 {activation}，卷积视图不会把它应用到特征图上；请把它作为概念课显示。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source> of map {number}</source>
      <translation>（第 {number} 张图）</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>in {count} cells</source>
      <translation>在 {count} 个单元格中</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>in {cells}</source>
      <translation>在{cells}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source> and </source>
      <translation>和</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>Lesson {number} (“{title}”)</source>
      <translation>第 {number} 课（“{title}”）</translation>
    </message>
    <message>
      <location filename="../../convviz/state/lesson_prepare.py" />
      <source>{lesson} has a different {what} per axis; the Steps view takes one {what}.</source>
      <translation>{lesson}在两个方向上的{what}不同；逐步视图只接受一个{what}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/map_mosaic.py" />
      <source>a map grid shows (count, height, width) arrays, not shape {shape}.</source>
      <translation>图网格显示的是 (count, height, width) 数组，而不是形状 {shape}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/map_mosaic.py" />
      <source>{ranges} colour ranges for {count} maps.</source>
      <translation>{count} 张图却有 {ranges} 个颜色范围。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/map_mosaic.py" />
      <source>each colour range must run from a lower to a higher value.</source>
      <translation>每个颜色范围都必须从较小的值到较大的值。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/model_choice.py" />
      <source>a network choice is one of {choices}, not {key}.</source>
      <translation>网络选项是 {choices} 之一，而不是 {key}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/model_choice.py" />
      <source>there is no {key} network to show yet.</source>
      <translation>还没有可显示的 {key} 网络。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/receptive_field.py" />
      <source>the first layer's map is {rows}×{cols}, smaller than the second {krows}×{kcols} kernel; use a bigger input</source>
      <translation>第一层的图是 {rows}×{cols}，比第二个 {krows}×{kcols} 卷积核还小；请使用更大的输入</translation>
    </message>
    <message>
      <location filename="../../convviz/state/receptive_field.py" />
      <source>a second layer is shown for a grey convolution; switch off pooling or colour first</source>
      <translation>第二层只用于灰度卷积；请先关闭池化或彩色</translation>
    </message>
    <message>
      <location filename="../../convviz/state/receptive_field.py" />
      <source>the first layer has no output for a second kernel to slide over</source>
      <translation>第一层没有输出可供第二个卷积核滑动</translation>
    </message>
    <message>
      <location filename="../../convviz/state/receptive_field.py" />
      <source>the first output is {rows}×{cols}, smaller than the {krows}×{kcols} second kernel; use a bigger input</source>
      <translation>第一层输出是 {rows}×{cols}，比第二个 {krows}×{kcols} 卷积核还小；请使用更大的输入</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Draw</source>
      <translation>绘制</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Draw a stroke</source>
      <translation>画一笔</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Erase a stroke</source>
      <translation>擦除一笔</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Clear the drawing</source>
      <translation>清除绘图</translation>
    </message>
    <message>
      <location filename="../../convviz/state/snapshots.py" />
      <source>Change the picture</source>
      <translation>更换图片</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>the largest of {values}</source>
      <translation>{values} 中的最大值</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>{sum}, divided by {count}</source>
      <translation>{sum}，除以 {count}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>minus {number}</source>
      <translation>负 {number}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>minus</source>
      <translation>减</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>times</source>
      <translation>乘</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>plus</source>
      <translation>加</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>Step {step} of {count}: output {cell} equals {value}.</source>
      <translation>第 {step} 步，共 {count} 步：输出 {cell} 等于 {value}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>Channel sums plus bias: {sum}</source>
      <translation>各通道之和加偏置：{sum}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>{sum}, times {factor}</source>
      <translation>{sum}，乘以 {factor}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_speech.py" />
      <source>Step {step} of {count}: input {cell}, {value}, times the kernel is added into the output.</source>
      <translation>第 {step} 步，共 {count} 步：输入 {cell}，{value}，乘以卷积核后加到输出中。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_text.py" />
      <source>red</source>
      <translation>红</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_text.py" />
      <source>green</source>
      <translation>绿</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_text.py" />
      <source>blue</source>
      <translation>蓝</translation>
    </message>
    <message>
      <location filename="../../convviz/state/step_text.py" />
      <source>channels + bias:</source>
      <translation>通道 + 偏置：</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>padding {padding} is unknown; give a number of cells, “same” or “valid”</source>
      <translation>填充 {padding} 未知；请给出单元格数、“same” 或 “valid”</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a transposed convolution</source>
      <translation>转置卷积</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>“{padding}” padding is for convolutions; {what} takes a number of cells</source>
      <translation>“{padding}”填充只用于卷积；{what}需要单元格数</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>padding is one number for every side or two (rows, columns)</source>
      <translation>填充可以是所有边共用一个数，或两个数（行, 列）</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a transposed convolution in the Steps view takes one padding for every side</source>
      <translation>逐步视图中的转置卷积所有边只能用同一个填充</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>rows × columns</source>
      <translation>行 × 列</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>channels × rows × columns</source>
      <translation>通道 × 行 × 列</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>filters × channels × rows × columns</source>
      <translation>滤波器 × 通道 × 行 × 列</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source> or </source>
      <translation> 或 </translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} is {shape}; the Steps view shows at most {side}×{side} ({expected})</source>
      <translation>{what}是 {shape}；逐步视图最多显示 {side}×{side}（{expected}）</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} must be a grid of numbers ({expected})</source>
      <translation>{what}必须是由数字组成的网格（{expected}）</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} must be a non-empty grid of numbers ({expected})</source>
      <translation>{what}必须是由数字组成的非空网格（{expected}）</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} contains NaN or infinity; every cell must be a finite number</source>
      <translation>{what}包含 NaN 或无穷大；每个单元格都必须是有限数</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} is {rows}×{columns}; the Steps view shows at most {side}×{side}</source>
      <translation>{what}是 {rows}×{columns}；逐步视图最多显示 {side}×{side}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} has {channels} channels; the Steps view shows at most {most}</source>
      <translation>{what}有 {channels} 个通道；逐步视图最多显示 {most} 个</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{what} has {filters} filters; the Steps view steps through at most {most}</source>
      <translation>{what}有 {filters} 个滤波器；逐步视图最多逐步查看 {most} 个</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>unknown mode {mode}; choose one of {modes}</source>
      <translation>未知的模式 {mode}；请从 {modes} 中选择</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the input</source>
      <translation>输入</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the kernel</source>
      <translation>卷积核</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>"flip" must be true or false, not {value}</source>
      <translation>"flip" 必须是 true 或 false，而不是 {value}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the input has {channels} channels, so the kernel needs one slice per channel</source>
      <translation>输入有 {channels} 个通道，因此卷积核需要每个通道一个切片</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the kernel has {slices} channel slice(s) but the input has {channels} channel(s); they must be equal</source>
      <translation>卷积核有 {slices} 个通道切片，但输入有 {channels} 个通道；两者必须相等</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the Steps view pools one grid at a time; pick one channel of the input to pool</source>
      <translation>逐步视图一次只池化一个网格；请选择输入中要池化的一个通道</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the Steps view transposes one grid at a time; pick one channel of the input</source>
      <translation>逐步视图一次只转置一个网格；请选择输入中的一个通道</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>the Steps view transposes with one kernel grid; pick one filter</source>
      <translation>逐步视图只用一个卷积核网格做转置；请选择一个滤波器</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a bias must be a number, one per filter</source>
      <translation>偏置必须是数字，每个滤波器一个</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>there are {filters} filter(s) but {biases} bias value(s); give one per filter</source>
      <translation>有 {filters} 个滤波器，却有 {biases} 个偏置值；请每个滤波器给一个</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a bias is NaN or infinity; every bias must be a finite number</source>
      <translation>有偏置是 NaN 或无穷大；每个偏置都必须是有限数</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>a kernel with a factor written apart (like 1/9) takes no bias in the Steps view</source>
      <translation>系数单独写出（如 1/9）的卷积核在逐步视图中不能带偏置</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>filter {filter} does not exist; choose 0 to {last}</source>
      <translation>滤波器 {filter} 不存在；请选择 0 到 {last}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>“{kind}” padding</source>
      <translation>“{kind}”填充</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source> (top {top}, bottom {bottom}, left {left}, right {right})</source>
      <translation>（上 {top}，下 {bottom}，左 {left}，右 {right}）</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>padded by {cells}</source>
      <translation>填充 {cells}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>1 row</source>
      <translation>1 行</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{count} rows</source>
      <translation>{count} 行</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>1 column</source>
      <translation>1 列</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>{count} columns</source>
      <translation>{count} 列</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>padded by {rows} and {columns}</source>
      <translation>填充 {rows}、{columns}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Vertical edge, 6×6 (slides)</source>
      <translation>竖直边缘，6×6（课件）</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Stride 2 on 7×7 (slides)</source>
      <translation>7×7 上步幅 2（课件）</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Padding 1 on 6×6</source>
      <translation>6×6 上填充 1</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Max pooling 2×2, 4×4 (slides)</source>
      <translation>最大池化 2×2，4×4（课件）</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Average pooling 2×2, 4×4</source>
      <translation>平均池化 2×2，4×4</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Colour 6×6×3, three filters (slides)</source>
      <translation>彩色 6×6×3，三个滤波器（课件）</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>Transposed 3×3, stride 2 (upsampling)</source>
      <translation>转置 3×3，步幅 2（上采样）</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>These settings give no output cells.</source>
      <translation>这些设置没有输出单元格。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>output rows = {formula}</source>
      <translation>输出行数 = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/steps.py" />
      <source>output columns = {formula}</source>
      <translation>输出列数 = {formula}</translation>
    </message>
    <message>
      <location filename="../../convviz/state/units.py" />
      <source>class score of {digit}</source>
      <translation>类别 {digit} 的得分</translation>
    </message>
    <message>
      <location filename="../../convviz/state/units.py" />
      <source>no test digit has been read yet.</source>
      <translation>还没有读取任何测试数字。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/units.py" />
      <source>{layer} has no unit number {unit}; its units are numbered 1 to {count}.</source>
      <translation>{layer} 没有编号为 {unit} 的单元；它的单元编号为 1 到 {count}。</translation>
    </message>
    <message>
      <location filename="../../convviz/state/units.py" />
      <source>a chunk holds at least one step, not {chunk}.</source>
      <translation>每块至少包含一步，而不是 {chunk}。</translation>
    </message>
    <message>
      <source>How many times the training goes through all 60,000 training digits</source>
      <translation type="vanished">训练把全部 60,000 个训练数字过几遍</translation>
    </message>
    <message>
      <source>loading the digits…</source>
      <translation type="vanished">正在加载数字…</translation>
    </message>
    <message>
      <source>— the orange cells on the input are the ones it reads (pink: padding).</source>
      <translation type="vanished">— 输入上的橙色单元格就是它读取的单元格（粉色：填充）。</translation>
    </message>
    <message>
      <source>pen</source>
      <translation type="vanished">笔</translation>
    </message>
    <message>
      <source>Products, sum {total}</source>
      <translation type="vanished">乘积，和为 {total}</translation>
    </message>
    <message>
      <source>, turned 180°</source>
      <translation type="vanished">，旋转 180°</translation>
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
&lt;h2&gt;五分钟了解 convviz&lt;/h2&gt;
&lt;ol&gt;
&lt;li&gt;&lt;b&gt;选择一张图片&lt;/b&gt;：文件 ▸ 打开示例、文件 ▸ 打开图片…（Ctrl+O），把文件拖到窗口上，或粘贴一张（Ctrl+V）。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;卷积&lt;/b&gt;（Ctrl+1）：修改卷积核的数字（双击单元格），选择预设，修改步幅、填充和膨胀，观察特征图随之变化。
“滑动窗口”下方的公式说明了图为什么是这个大小。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;点击特征图上的一个像素&lt;/b&gt;：它读取的单元格会在输入上亮起，乘积面板逐项显示它的求和。
PyTorch 面板用 &lt;code&gt;F.conv2d&lt;/code&gt; 做同样的计算，并检查结果是否是同一张图。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;激活和池化&lt;/b&gt;紧随卷积之后，各有自己的图：这就是 CNN 一层的流程，卷积 → 激活 → 池化。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;逐步&lt;/b&gt;（Ctrl+2）让窗口一次移动一个位置，每个数字都可见；
&lt;b&gt;LeNet&lt;/b&gt;（Ctrl+3）展示一个已训练的网络识别你画的数字。&lt;/li&gt;
&lt;/ol&gt;
&lt;h3&gt;用它来教学&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;课程&lt;/b&gt;：课程中的例题和概念，连同简短讲解载入合适的视图（Alt+编号，演示时直接按数字键）。
课程 ▸ 打开课程文件…（Ctrl+L）可打开教师自己编写的课程。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;练习&lt;/b&gt;：先预测，再揭晓 —— 隐藏输出单元格（H），揭晓一个（R）或全部（Shift+R）；
询问输出大小（O）；在显示概率之前让全班猜数字。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;演示&lt;/b&gt;（F11）：全屏、更大的数字，空格键播放，方向键单步，+/− 调整速度，P 显示指针高亮。
翻页笔的 Page Down / Page Up 先单步，再切换到下一课 / 上一课；B 或 . 使屏幕变黑（再按 B 恢复）。
视图 ▸ 主题提供浅色、深色和高对比度。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;导出&lt;/b&gt;（文件 ▸ 导出）：把视图或单张图导出为 PNG，滑动窗口导出为 GIF 或 APNG，矩阵导出为 CSV。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;会话&lt;/b&gt;：文件 ▸ 保存会话（Ctrl+S）保存图片、卷积核、设置、当前步骤和编辑过的滤波器；
编辑 ▸ 撤销（Ctrl+Z）和重做可撤销每一次修改。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;模型&lt;/b&gt;：自己训练 LeNet，问一问&lt;i&gt;为什么是这个数字？&lt;/i&gt;，浏览混淆矩阵，或打开你自己的小模型。&lt;/li&gt;
&lt;/ul&gt;
&lt;h3&gt;约定，所有视图一致&lt;/h3&gt;
&lt;ul&gt;
&lt;li&gt;&lt;b&gt;颜色取决于一个量可能的取值&lt;/b&gt;，而不是某张图片碰巧给出的值。可能为负的值 —— 卷积核和权重、乘积、
卷积的输出（即使这张图片没有给出负值）、logit、tanh 或 leaky ReLU —— 负为蓝色，零为白色，正为橙色。
不可能为负的值 —— ReLU 或 sigmoid 之后的值、它们的池化、概率 —— 使用 viridis（深紫 = 低，黄 = 高）。
图片为灰度。逐步视图的网格、各张图和导出的文件使用相同的颜色；每张图都有带数字的色条，每个单元格都显示数字，
因此颜色从来不是唯一的线索。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;行和列从 1 开始计数&lt;/b&gt;，与课件书写矩阵的方式一致：左上角的单元格是第 1 行第 1 列。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;输出大小&lt;/b&gt;按课件的写法表示为 ⌊(n + 2p − f) / s⌋ + 1；膨胀为 d 时，卷积核跨越 f = d·(f − 1) + 1 个单元格，
旁边还会显示膨胀形式 ⌊(n + 2p − d·(f − 1) − 1) / s⌋ + 1。&lt;/li&gt;
&lt;li&gt;&lt;b&gt;卷积核的系数单独书写&lt;/b&gt;，与课件写“±1，再 ÷ 9”一致：网格中是整数，旁边写“× 1/9”；
先把乘积相加，再把和乘以系数。&lt;/li&gt;
&lt;/ul&gt;
&lt;p&gt;把鼠标悬停在任意一张图上即可读取数值。&lt;/p&gt;
</translation>
    </message>
  </context>
</TS>
