<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>Drawer</name>
    <message>
        <source>Controls</source>
        <extracomment>The key that opens and closes the drawer in presentation mode (no other use in the app).</extracomment>
        <translation>控制面板</translation>
    </message>
    <message>
        <source>Open or close the controls ({key}); presentation mode folds them away</source>
        <translation>打开或收起控制面板（{key}）；演示模式下控制面板收在一边</translation>
    </message>
</context>
<context>
    <name>ExportAnimationButton</name>
    <message>
        <source>Export the race as animation…</source>
        <translation>将优化器比较导出为动画…</translation>
    </message>
    <message>
        <source>The race from iteration 0 as a GIF, APNG or WebP file</source>
        <translation>把从第 0 次迭代开始的优化器比较保存为 GIF、APNG 或 WebP 文件</translation>
    </message>
    <message>
        <source>Export the walk as animation…</source>
        <translation>将下降过程导出为动画…</translation>
    </message>
    <message>
        <source>The walk from x₀, step by step, as a GIF, APNG or WebP file</source>
        <translation>把从 x₀ 开始一步一步的下降过程保存为 GIF、APNG 或 WebP 文件</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>Export plots</source>
        <extracomment>The most file names listed in a message (the rest are counted).</extracomment>
        <translation>导出图表</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>另有 {count} 个</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG vector image (*.svg)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg)</translation>
    </message>
    <message>
        <source>Width in pixels:</source>
        <translation>宽度（像素）：</translation>
    </message>
    <message>
        <source>The plots on screen</source>
        <translation>屏幕上的图表</translation>
    </message>
    <message>
        <source>All {count} plots</source>
        <translation>全部 {count} 个图表</translation>
    </message>
    <message>
        <source>These exist already and will be replaced:</source>
        <translation>以下文件已存在，将被替换：</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>the folder does not exist</source>
        <translation>文件夹不存在</translation>
    </message>
    <message>
        <source>the folder cannot be written to</source>
        <translation>无法写入该文件夹</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>磁盘已满</translation>
    </message>
    <message>
        <source>the file name is too long</source>
        <translation>文件名太长</translation>
    </message>
    <message>
        <source>a folder has that name</source>
        <translation>已有同名的文件夹</translation>
    </message>
    <message>
        <source>a special file (a pipe or a device) has that name</source>
        <translation>已有同名的特殊文件（管道或设备）</translation>
    </message>
    <message numerus="yes">
        <source>This tab shows %n plot(s) now</source>
        <translation>
            <numerusform>此标签页当前显示 %n 个图表</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and has %n more on pages not shown.</source>
        <translation>
            <numerusform>，另有 %n 个在未显示的页面上。</numerusform>
        </translation>
    </message>
    <message>
        <source>Which plots should be exported?</source>
        <translation>要导出哪些图表？</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) will be written in {folder}:</source>
        <translation>
            <numerusform>将在 {folder} 中写入 %n 个文件：</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s) to {folder}: {names}</source>
        <translation>
            <numerusform>已导出 %n 个文件到 {folder}：{names}</numerusform>
        </translation>
    </message>
    <message>
        <source>Only {done} of {total} plots were exported.</source>
        <translation>{total} 个图表中只导出了 {done} 个。</translation>
    </message>
    <message>
        <source>No plot was exported.</source>
        <translation>没有导出任何图表。</translation>
    </message>
    <message>
        <source>{name} could not be written: {reason}.</source>
        <translation>无法写入 {name}：{reason}。</translation>
    </message>
    <message>
        <source>Written in {folder}:</source>
        <translation>已写入 {folder}：</translation>
    </message>
    <message>
        <source>Not written:</source>
        <translation>未写入：</translation>
    </message>
    <message>
        <source>This tab shows no plot to export.</source>
        <translation>此标签页没有可导出的图表。</translation>
    </message>
    <message>
        <source>Nothing was exported.</source>
        <translation>未导出任何内容。</translation>
    </message>
    <message>
        <source>This tab shows no plot to copy.</source>
        <translation>此标签页没有可复制的图表。</translation>
    </message>
    <message>
        <source>Plot copied to the clipboard.</source>
        <translation>图表已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export animation</source>
        <extracomment>(format, file ending) in the order offered</extracomment>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>Animated GIF (.gif)</source>
        <translation>GIF 动画 (.gif)</translation>
    </message>
    <message>
        <source>Animated PNG (APNG, .png)</source>
        <translation>PNG 动画 (APNG, .png)</translation>
    </message>
    <message>
        <source>Animated WebP (.webp)</source>
        <translation>WebP 动画 (.webp)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>宽度(&amp;W)：</translation>
    </message>
    <message>
        <source>F&amp;rame rate:</source>
        <translation>帧率(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source> frames/s</source>
        <translation> 帧/秒</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>{frames} frames of {width} × {height} pixels, drawn from the states.</source>
        <translation>{frames} 帧，每帧 {width} × {height} 像素，由状态逐帧绘制。</translation>
    </message>
    <message>
        <source>{frames} frames is too many: at most {limit}.</source>
        <translation>{frames} 帧太多了：最多 {limit} 帧。</translation>
    </message>
    <message>
        <source>A WebP keeps every frame in memory until it is written: {need} MB, at most {limit} MB. Choose GIF or APNG (written frame by frame), fewer frames or a smaller width.</source>
        <translation>WebP 在写入前要把所有帧留在内存中：需要 {need} MB，最多 {limit} MB。请选择 GIF 或 APNG（逐帧写入），或减少帧数、缩小宽度。</translation>
    </message>
</context>
<context>
    <name>LessonBar</name>
    <message>
        <source>Back (Page Up, Left)</source>
        <extracomment>the most lines the notes take in the bar (longer notes scroll)</extracomment>
        <translation>后退（Page Up、←）</translation>
    </message>
    <message>
        <source>Next reveal, then next step (Page Down, Right, Space)</source>
        <translation>揭晓下一个答案，然后下一步（Page Down、→、空格）</translation>
    </message>
    <message>
        <source>Close the lesson</source>
        <translation>关闭课程</translation>
    </message>
    <message>
        <source>Click a step to go there, or type its number and Enter</source>
        <translation>点击某一步前往，或输入步骤编号再按 Enter</translation>
    </message>
    <message>
        <source>(The notes wait for this step's answer to be revealed: the room sees this screen. The presenter view on a second screen shows them.)</source>
        <translation>（本步的答案揭晓之后才显示备注：全场都看得到这个屏幕。第二块屏幕上的演讲者视图会显示备注。）</translation>
    </message>
    <message>
        <source>“?” is revealed on step {number}</source>
        <translation>“?”在第 {number} 步揭晓</translation>
    </message>
    <message>
        <source>Go to step {number}…</source>
        <translation>前往第 {number} 步…</translation>
    </message>
    <message>
        <source>revealed {shown} of {total}</source>
        <translation>已揭晓 {shown} / {total}</translation>
    </message>
</context>
<context>
    <name>LessonEditor</name>
    <message>
        <source>the loss value J (and what reads it)</source>
        <translation>损失函数值 J（以及能读出它的图形）</translation>
    </message>
    <message>
        <source>the best-fit line, its J and the contour's star</source>
        <translation>最佳拟合直线、它的 J 和等高线图上的星号</translation>
    </message>
    <message>
        <source>the six losses' values at the margin</source>
        <translation>六种损失在间隔处的值</translation>
    </message>
    <message>
        <source>Table 3-1's sums and growths</source>
        <translation>表 3-1 的总和与增长倍数</translation>
    </message>
    <message>
        <source>the minimum's marker</source>
        <translation>最低点的标记</translation>
    </message>
    <message>
        <source>the students' losses, bars and totals</source>
        <translation>学员的损失、损失条和总和</translation>
    </message>
    <message>
        <source>the information I = −ln p</source>
        <translation>信息量 I = −ln p</translation>
    </message>
    <message>
        <source>the entropy H(p)</source>
        <translation>熵 H(p)</translation>
    </message>
    <message>
        <source>KL(p ‖ q) and H(p, q)</source>
        <translation>KL(p ‖ q) 与 H(p, q)</translation>
    </message>
    <message>
        <source>which loss map has plateaus, which is convex</source>
        <translation>哪张损失图有平坦高原、哪张是凸函数</translation>
    </message>
    <message>
        <source>the two gradients</source>
        <translation>两种梯度</translation>
    </message>
    <message>
        <source>Edit the lesson</source>
        <translation>编辑课程</translation>
    </message>
    <message>
        <source>Title (English)</source>
        <translation>标题（英文）</translation>
    </message>
    <message>
        <source>Title (Chinese)</source>
        <translation>标题（中文）</translation>
    </message>
    <message>
        <source>Caption, up to three lines (English)</source>
        <translation>说明，最多三行（英文）</translation>
    </message>
    <message>
        <source>Caption, up to three lines (Chinese)</source>
        <translation>说明，最多三行（中文）</translation>
    </message>
    <message>
        <source>Notes for the lecturer (English)</source>
        <translation>讲师备注（英文）</translation>
    </message>
    <message>
        <source>Notes for the lecturer (Chinese)</source>
        <translation>讲师备注（中文）</translation>
    </message>
    <message>
        <source>Open the controls drawer on this step (presentation)</source>
        <translation>在此步骤打开控制面板抽屉（演示）</translation>
    </message>
    <message>
        <source>Presenting, each tab's side panel is folded into a drawer: tick this where the step points at one of its controls, and the drawer opens on this step.</source>
        <translation>演示时，每个标签页的侧边面板收进抽屉：当此步骤要用到其中的控件时勾选此项，抽屉会在此步骤打开。</translation>
    </message>
    <message>
        <source>Hidden at the start, revealed in this order</source>
        <translation>开始时隐藏，按此顺序揭晓</translation>
    </message>
    <message>
        <source>Add this view as a step</source>
        <translation>把当前视图添加为一步</translation>
    </message>
    <message>
        <source>Update the step from this view</source>
        <translation>用当前视图更新这一步</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>复制本步</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除本步</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <source>Also hidden on this step, for the next steps of this screen to reveal: {}</source>
        <translation>本步也先隐藏，留待同一画面的后续步骤揭晓：{}</translation>
    </message>
    <message>
        <source>Reveal this answer earlier</source>
        <translation>提前揭晓这个答案</translation>
    </message>
    <message>
        <source>Reveal this answer later</source>
        <translation>推后揭晓这个答案</translation>
    </message>
    <message>
        <source>Lesson: edit the caption</source>
        <translation>课程：编辑说明</translation>
    </message>
    <message>
        <source>Lesson: hidden answers</source>
        <translation>课程：隐藏的答案</translation>
    </message>
    <message>
        <source>Lesson: the controls drawer</source>
        <translation>课程：控制面板抽屉</translation>
    </message>
    <message>
        <source>Lesson: reveal order</source>
        <translation>课程：揭晓顺序</translation>
    </message>
    <message>
        <source>My lesson</source>
        <translation>我的课程</translation>
    </message>
    <message>
        <source>Lesson: add a step</source>
        <translation>课程：添加一步</translation>
    </message>
    <message>
        <source>Lesson: update the step</source>
        <translation>课程：更新这一步</translation>
    </message>
    <message>
        <source>Lesson: duplicate a step</source>
        <translation>课程：复制一步</translation>
    </message>
    <message>
        <source>Lesson: delete a step</source>
        <translation>课程：删除一步</translation>
    </message>
    <message>
        <source>Lesson: move a step</source>
        <translation>课程：移动一步</translation>
    </message>
</context>
<context>
    <name>LessonMode</name>
    <message>
        <source>O&amp;pen lesson…</source>
        <translation>打开课程(&amp;P)…</translation>
    </message>
    <message>
        <source>Save lesson…</source>
        <translation>保存课程…</translation>
    </message>
    <message>
        <source>Less&amp;on</source>
        <translation>课程(&amp;O)</translation>
    </message>
    <message>
        <source>Chapter 3: loss functions (built in)</source>
        <translation>第 3 章 损失函数（内置）</translation>
    </message>
    <message>
        <source>Lecturer's &amp;notes in the bar</source>
        <translation>在课程栏显示讲师备注(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Close the lesson</source>
        <translation>关闭课程(&amp;C)</translation>
    </message>
    <message>
        <source>Strip of &amp;steps</source>
        <translation>步骤条(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Add this view as a step</source>
        <translation>把当前视图添加为一步(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Edit the lesson…</source>
        <translation>编辑课程(&amp;E)…</translation>
    </message>
    <message>
        <source>There is no step {step}: the lesson has {count} steps.</source>
        <extracomment>the screen the window came from when the presenter view took it to the projector</extracomment>
        <translation>没有第 {step} 步：这门课程共有 {count} 步。</translation>
    </message>
    <message>
        <source>The lesson {name} does not exist.</source>
        <translation>课程 {name} 不存在。</translation>
    </message>
    <message>
        <source>The lesson {name} could not be read.</source>
        <translation>无法读取课程 {name}。</translation>
    </message>
    <message>
        <source>{name} is a folder or a special file, not a lesson.</source>
        <translation>{name} 是文件夹或特殊文件，不是课程。</translation>
    </message>
    <message>
        <source>The file {name} is too large to be a lesson.</source>
        <translation>文件 {name} 太大，不可能是课程文件。</translation>
    </message>
    <message>
        <source>The file {name} is not a lesson (it is not text).</source>
        <translation>文件 {name} 不是课程（不是文本）。</translation>
    </message>
    <message>
        <source>The file {name} is not a lesson (it is not UTF-8 text).</source>
        <translation>文件 {name} 不是课程（不是 UTF-8 文本）。</translation>
    </message>
    <message>
        <source>The file {name} is not a lesson (it is not JSON).</source>
        <translation>文件 {name} 不是课程（不是 JSON）。</translation>
    </message>
    <message>
        <source>The file {name} is not a Loss Studio lesson.</source>
        <translation>文件 {name} 不是损失函数工作室的课程文件。</translation>
    </message>
    <message>
        <source>The lesson {name} was written by another version of Loss Studio.</source>
        <translation>课程 {name} 由另一个版本的损失函数工作室保存。</translation>
    </message>
    <message>
        <source>The lesson {name} is damaged: nothing was changed.</source>
        <translation>课程 {name} 已损坏：没有做任何改动。</translation>
    </message>
    <message>
        <source>The lesson could not be saved.</source>
        <translation>无法保存课程。</translation>
    </message>
    <message>
        <source>Open lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <source>Lessons (*.json);;All files (*)</source>
        <translation>课程 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save lesson</source>
        <translation>保存课程</translation>
    </message>
    <message>
        <source>Lessons (*.json)</source>
        <translation>课程 (*.json)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Presenter keys</source>
        <extracomment>tried in order before the tab; a lesson adds itself here: hook(action, direction)</extracomment>
        <translation>演示按键</translation>
    </message>
    <message>
        <source>Loss Studio</source>
        <translation>损失函数工作室</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open scene…</source>
        <translation>打开场景(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save scene…</source>
        <translation>保存场景(&amp;S)…</translation>
    </message>
    <message>
        <source>Rece&amp;nt scenes</source>
        <translation>最近的场景(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Export plots…</source>
        <translation>导出图表(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Copy plot under pointer</source>
        <translation>复制指针下的图表(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Reset this &amp;tab</source>
        <translation>重置本页(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Presentation mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Lar&amp;ger</source>
        <translation>放大(&amp;G)</translation>
    </message>
    <message>
        <source>S&amp;maller</source>
        <translation>缩小(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>正常大小(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Light (high contrast)</source>
        <translation>浅色（高对比度）(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>深色(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Loss Studio</source>
        <translation>关于损失函数工作室(&amp;A)</translation>
    </message>
    <message>
        <source>Presenter &amp;keys</source>
        <translation>演示按键(&amp;K)</translation>
    </message>
    <message>
        <source>(none yet)</source>
        <translation>（暂无）</translation>
    </message>
    <message>
        <source>&amp;Hide answers</source>
        <extracomment>answers a lesson step hides, by tab key (the switch hides every answer on top)</extracomment>
        <translation>隐藏答案(&amp;H)</translation>
    </message>
    <message>
        <source>Show ? in place of every answer on every tab, to ask the hall first (H)</source>
        <translation>在每个页面上用 ? 代替答案，先向全场提问（H）</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Loss Studio {version}&lt;/h3&gt;&lt;p&gt;Touch a loss function and watch it respond: drag a regression line and see the mean squared error move, watch gradient descent walk down a contour map, type a student's predicted probabilities and see the cross-entropy.&lt;/p&gt;&lt;p&gt;Built on chapter 3, “Loss functions”, of an introductory neural-network course, for lecturers on a projector and students on their laptops.&lt;/p&gt;&lt;p&gt;Python, PySide6, pyqtgraph and numpy.&lt;/p&gt;</source>
        <extracomment>answers a practice challenge hides, by tab key (:mod:`lossstudio.ui.practice`)</extracomment>
        <translation>&lt;h3&gt;损失函数工作室 {version}&lt;/h3&gt;&lt;p&gt;动手操作损失函数，即时看到它的变化：拖动回归直线，观察均方差随之变化；观看梯度下降沿着等高线一步步走向最低点；输入学员的预测概率，查看交叉熵的大小。&lt;/p&gt;&lt;p&gt;内容基于神经网络入门课程第 3 章“损失函数”，既供教师在投影仪上讲解，也供学员在自己的电脑上练习。&lt;/p&gt;&lt;p&gt;使用 Python、PySide6、pyqtgraph 和 numpy 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Loss Studio</source>
        <translation>关于损失函数工作室</translation>
    </message>
    <message>
        <source>The settings file is a folder or a special file: Loss Studio leaves it alone and does not remember this session's settings.</source>
        <translation>设置文件是文件夹或特殊文件：Loss Studio 不会改动它，本次的设置也不会被记住。</translation>
    </message>
    <message>
        <source>The settings file is too large to be Loss Studio's: it is left alone, and this session's settings are not remembered.</source>
        <translation>设置文件太大，不是 Loss Studio 的设置文件：它不会被改动，本次的设置也不会被记住。</translation>
    </message>
    <message>
        <source>This is the largest size that fits this screen.</source>
        <extracomment>the screen height presentation mode scales for, when not the window's own screen's (``--screenshot --size WxH --present`` pictures a WxH screen) the whole screen (width, height) such a picture shows, for the presentation layout's largest scale (None: the window's own screen)</extracomment>
        <translation>这已是本屏幕能容纳的最大尺寸。</translation>
    </message>
    <message>
        <source>Controls &amp;drawer (presentation)</source>
        <translation>控制面板抽屉（演示）(&amp;D)</translation>
    </message>
    <message>
        <source>This page has no controls to open.</source>
        <translation>此页没有可打开的控制面板。</translation>
    </message>
</context>
<context>
    <name>NewPracticeDialog</name>
    <message>
        <source>New practice</source>
        <translation>新建练习</translation>
    </message>
    <message>
        <source>Tick the challenges (Space), choose the seed and the tries, then Save.</source>
        <translation>勾选挑战（空格键），选择随机种子和尝试次数，然后保存。</translation>
    </message>
    <message>
        <source>&amp;Same variant for everyone, seed:</source>
        <translation>所有学员同一题目，种子(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Each student their own variant</source>
        <translation>每个学员各自的题目(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Tries per challenge:</source>
        <translation>每个挑战的尝试次数(&amp;T)：</translation>
    </message>
    <message>
        <source>Show the s&amp;core</source>
        <translation>显示得分(&amp;C)</translation>
    </message>
    <message>
        <source>Show the t&amp;imer</source>
        <translation>显示计时(&amp;I)</translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Type a number; the field was empty.</source>
        <translation>请输入一个数字；输入框是空的。</translation>
    </message>
    <message>
        <source>That is far too long to be a number.</source>
        <translation>输入太长，不可能是一个数字。</translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation>“{text}”不是数字。</translation>
    </message>
    <message>
        <source>Only finite numbers are allowed here.</source>
        <translation>这里只能输入有限的数字。</translation>
    </message>
    <message>
        <source>The smallest allowed value is {limit}.</source>
        <translation>允许的最小值是 {limit}。</translation>
    </message>
    <message>
        <source>The largest allowed value is {limit}.</source>
        <translation>允许的最大值是 {limit}。</translation>
    </message>
    <message>
        <source>Type a whole number here.</source>
        <translation>此处请输入整数。</translation>
    </message>
    <message>
        <source>The previous value is kept.</source>
        <translation>已保留原来的值。</translation>
    </message>
</context>
<context>
    <name>PracticeBar</name>
    <message>
        <source>Check</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Check the answer (Enter in the answer, Ctrl+Enter)</source>
        <translation>检查答案（在答案框中按 Enter，或 Ctrl+Enter）</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>One sentence pointing at the right view (F1)</source>
        <translation>一句话指向该看的视图（F1）</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <source>The next challenge (Ctrl+Shift+Enter)</source>
        <translation>下一个挑战（Ctrl+Shift+Enter）</translation>
    </message>
    <message>
        <source>Close the practice</source>
        <translation>关闭练习</translation>
    </message>
    <message>
        <source>&amp;Answer:</source>
        <translation>答案(&amp;A)：</translation>
    </message>
    <message>
        <source>(choose one)</source>
        <translation>（请选择一项）</translation>
    </message>
    <message>
        <source>Type a number from {low} to {high}.</source>
        <translation>请输入 {low} 到 {high} 之间的数。</translation>
    </message>
    <message>
        <source>Type each of {names} once, largest loss first.</source>
        <translation>请把 {names} 各输入一次，损失最大的在前。</translation>
    </message>
    <message>
        <source>Type two numbers, w and b: for example 1.5, 2.</source>
        <translation>请输入两个数 w 和 b：例如 1.5, 2。</translation>
    </message>
    <message>
        <source>Choose an answer first.</source>
        <translation>请先选择一个答案。</translation>
    </message>
    <message>
        <source>solved</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>answer shown earlier</source>
        <translation>答案之前已显示</translation>
    </message>
    <message>
        <source>no tries left</source>
        <translation>没有剩余尝试</translation>
    </message>
    <message>
        <source>tries left: {count}</source>
        <translation>剩余尝试：{count}</translation>
    </message>
    <message>
        <source>score {score}</source>
        <translation>得分 {score}</translation>
    </message>
    <message>
        <source>Challenge {number} / {count} · {title}</source>
        <translation>挑战 {number} / {count} · {title}</translation>
    </message>
    <message>
        <source>Results ▶</source>
        <translation>结果 ▶</translation>
    </message>
    <message>
        <source>Work on the tab, then press Check (Ctrl+Enter).</source>
        <translation>在选项卡上操作，然后按“检查”（Ctrl+Enter）。</translation>
    </message>
    <message>
        <source>Score {score}.</source>
        <translation>得分 {score}。</translation>
    </message>
    <message>
        <source>Solved.</source>
        <translation>已完成。</translation>
    </message>
    <message>
        <source>No tries left.</source>
        <translation>没有剩余尝试了。</translation>
    </message>
    <message>
        <source>Not yet.</source>
        <translation>还没有。</translation>
    </message>
    <message>
        <source>Try again.</source>
        <translation>再试一次。</translation>
    </message>
    <message>
        <source>This challenge's answer (seed {seed}) was shown earlier: it stays at score {score}.</source>
        <translation>这道挑战（种子 {seed}）的答案之前已显示过：得分保持为 {score}。</translation>
    </message>
    <message>
        <source>This challenge's answer (seed {seed}) was shown earlier: it can no longer be checked.</source>
        <translation>这道挑战（种子 {seed}）的答案之前已显示过：不能再检查了。</translation>
    </message>
    <message>
        <source>Opened again: you go on where you left this challenge; what you did before still counts.</source>
        <translation>再次打开：从你上次离开这道挑战的地方继续；之前做过的仍然计数。</translation>
    </message>
</context>
<context>
    <name>PracticeMode</name>
    <message>
        <source>Open pr&amp;actice…</source>
        <translation>打开练习(&amp;A)…</translation>
    </message>
    <message>
        <source>Ne&amp;w practice…</source>
        <translation>新建练习(&amp;W)…</translation>
    </message>
    <message>
        <source>&amp;Practice</source>
        <translation>练习(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Check the answer</source>
        <translation>检查答案(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Hint</source>
        <translation>提示(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Next challenge</source>
        <translation>下一个挑战(&amp;N)</translation>
    </message>
    <message>
        <source>Go &amp;to the answer</source>
        <translation>转到答案框(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Results…</source>
        <translation>结果(&amp;R)…</translation>
    </message>
    <message>
        <source>C&amp;lose the practice</source>
        <translation>关闭练习(&amp;L)</translation>
    </message>
    <message>
        <source>The practice {name} does not exist.</source>
        <translation>练习 {name} 不存在。</translation>
    </message>
    <message>
        <source>The practice {name} could not be read.</source>
        <translation>无法读取练习 {name}。</translation>
    </message>
    <message>
        <source>{name} is a folder or a special file, not a practice.</source>
        <translation>{name} 是文件夹或特殊文件，不是练习。</translation>
    </message>
    <message>
        <source>The file {name} is too large to be a practice.</source>
        <translation>文件 {name} 太大，不是练习。</translation>
    </message>
    <message>
        <source>The file {name} is not a practice (it is not text).</source>
        <translation>文件 {name} 不是练习（不是文本）。</translation>
    </message>
    <message>
        <source>The file {name} is not a practice (it is not UTF-8 text).</source>
        <translation>文件 {name} 不是练习（不是 UTF-8 文本）。</translation>
    </message>
    <message>
        <source>The file {name} is not a practice (it is not JSON).</source>
        <translation>文件 {name} 不是练习（不是 JSON）。</translation>
    </message>
    <message>
        <source>The file {name} is not a Loss Studio practice.</source>
        <translation>文件 {name} 不是 Loss Studio 练习。</translation>
    </message>
    <message>
        <source>The practice {name} was written by another version of Loss Studio.</source>
        <translation>练习 {name} 由另一版本的 Loss Studio 写成。</translation>
    </message>
    <message>
        <source>The practice {name} is damaged: nothing was changed.</source>
        <translation>练习 {name} 已损坏：没有做任何更改。</translation>
    </message>
    <message>
        <source>Open practice</source>
        <translation>打开练习</translation>
    </message>
    <message>
        <source>Practices (*.json);;All files (*)</source>
        <translation>练习 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Tick at least one challenge.</source>
        <translation>请至少勾选一个挑战。</translation>
    </message>
    <message>
        <source>Save practice</source>
        <translation>保存练习</translation>
    </message>
    <message>
        <source>Practices (*.json)</source>
        <translation>练习 (*.json)</translation>
    </message>
    <message>
        <source>The practice could not be saved.</source>
        <translation>无法保存练习。</translation>
    </message>
    <message>
        <source>The results could not be saved.</source>
        <translation>无法保存结果。</translation>
    </message>
    <message>
        <source>The results are saved in {name}.</source>
        <translation>结果已保存在 {name}。</translation>
    </message>
    <message>
        <source>Save results</source>
        <translation>保存结果</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>A scene cannot be saved while a challenge's answer is hidden: the scene would hold the challenge and give its answer away. Save it once the challenge is done, or after closing the practice.</source>
        <translation>挑战的答案隐藏期间不能保存场景：场景会包含这道挑战，打开后就会显示它的答案。请在这道挑战完成后或关闭练习后再保存。</translation>
    </message>
    <message>
        <source>No animation is made during a practice: its frames would show the challenges' hidden answers. Make it after closing the practice.</source>
        <translation>练习期间不制作动画：动画帧会显示挑战中隐藏的答案。请在关闭练习后再制作。</translation>
    </message>
</context>
<context>
    <name>PracticeTexts</name>
    <message>
        <source>Which loss punishes this miss most?</source>
        <translation>哪个损失函数对这次失误惩罚最重？</translation>
    </message>
    <message>
        <source>Hinge loss zero with the smallest |a|</source>
        <translation>用最小的 |a| 使铰链损失为 0</translation>
    </message>
    <message>
        <source>Fit the line within 5 % of the best J</source>
        <translation>拟合直线，使 J 不超过最小 J 的 5 %</translation>
    </message>
    <message>
        <source>The best bias b for a fixed weight w</source>
        <translation>固定权重 w 时最好的偏移 b</translation>
    </message>
    <message>
        <source>Predict J before it is shown</source>
        <translation>在显示之前预测 J</translation>
    </message>
    <message>
        <source>Click where the minimum of J is</source>
        <translation>点击 J 的最小值所在处</translation>
    </message>
    <message>
        <source>Whose best fit does the outlier move more?</source>
        <translation>离群点让谁的最佳拟合移动得更多？</translation>
    </message>
    <message>
        <source>Which optimizer arrives first?</source>
        <translation>哪个优化器最先到达？</translation>
    </message>
    <message>
        <source>Where is gradient descent after 10 steps?</source>
        <translation>梯度下降 10 步之后在哪里？</translation>
    </message>
    <message>
        <source>The Goldilocks learning rate</source>
        <translation>恰到好处的学习率</translation>
    </message>
    <message>
        <source>The largest learning rate that does not diverge</source>
        <translation>不发散的最大学习率</translation>
    </message>
    <message>
        <source>A low loss, a wrong prediction</source>
        <translation>损失低，预测却错</translation>
    </message>
    <message>
        <source>Rank the students by loss</source>
        <translation>按损失给学员排序</translation>
    </message>
    <message>
        <source>Predict H(p, q) from H(p) and KL</source>
        <translation>由 H(p) 和 KL 预测 H(p, q)</translation>
    </message>
    <message>
        <source>On the all-six plot the cursor is at the margin t = y·a = {t}. Which of the six losses is largest there? Choose it, then Check.</source>
        <translation>在六条曲线图上，游标位于间隔 t = y·a = {t}。那里六个损失中哪个最大？选择它，然后按“检查”。</translation>
    </message>
    <message>
        <source>The label is y = {y}. Set the prediction a on the plot so that the hinge loss is 0 with the smallest |a|, then Check.</source>
        <translation>标签 y = {y}。在图上设置预测 a，用最小的 |a| 使铰链损失为 0，然后按“检查”。</translation>
    </message>
    <message>
        <source>Move the line (drag it or type the weight w and the bias b) until J is within 5 % of the best J, in as few moves as you can, then Check.</source>
        <translation>移动直线（拖动它，或输入权重 w 和偏移 b），用尽量少的操作使 J 不超过最小 J 的 5 %，然后按“检查”。</translation>
    </message>
    <message>
        <source>The weight w stays at {w}. Read the J(b) slice: which bias b makes J smallest? Type b, then Check.</source>
        <translation>权重 w 固定为 {w}。读 J(b) 切片：哪个偏移 b 使 J 最小？输入 b，然后按“检查”。</translation>
    </message>
    <message>
        <source>J is hidden. What is J = half the mean squared error of the line z = {w}x + {b} on these samples? Type J, then Check.</source>
        <translation>J 已隐藏。直线 z = {w}x + {b} 在这些样本上的 J = 均方差的一半是多少？输入 J，然后按“检查”。</translation>
    </message>
    <message>
        <source>J and the best-fit line are hidden. Click once on the contour map where J is smallest, then Check.</source>
        <translation>J 和最佳拟合直线已隐藏。在等高线图上 J 最小的地方点击一次，然后按“检查”。</translation>
    </message>
    <message>
        <source>The sample at x = {x} lies far off the line (y = {y}). Whose best fit does it move more: the squared error's (MSE) or the absolute error's? Choose, then Check.</source>
        <translation>x = {x} 处的样本远离直线（y = {y}）。它让谁的最佳拟合移动得更多：平方误差（均方差 MSE）的，还是绝对值误差的？选择后按“检查”。</translation>
    </message>
    <message>
        <source>The six optimizers will race from this start, each at its suggested learning rate. Which one converges first? Choose it, then Check: the race is run.</source>
        <translation>六个优化器将从这个起点出发比赛，各自使用建议的学习率。哪个最先收敛？选择它，然后按“检查”：比赛开始。</translation>
    </message>
    <message>
        <source>You ran the walk or changed a setting before predicting: half the score.</source>
        <translation>你在预测之前运行了梯度下降或改动了设置：得分减半。</translation>
    </message>
    <message>
        <source>Gradient descent starts at the circle with learning rate η = {rate}. Where will it be after {steps} steps? Predict before you play it: type w, b, then Check.</source>
        <translation>梯度下降从圆圈处出发，学习率 η = {rate}。{steps} 步之后它会在哪里？先预测再播放：输入 w, b，然后按“检查”。</translation>
    </message>
    <message>
        <source>Type a learning rate η for gradient descent that reaches J &lt; {target} within {steps} steps from this start, then Check. You may try rates on the tab first.</source>
        <translation>输入一个学习率 η，使梯度下降从这个起点出发在 {steps} 步内达到 J &lt; {target}，然后按“检查”。可以先在选项卡上试试不同的学习率。</translation>
    </message>
    <message>
        <source>What is the largest learning rate η at which gradient descent does not diverge on this data? Type η, then Check.</source>
        <translation>在这组数据上，梯度下降不发散的最大学习率 η 是多少？输入 η，然后按“检查”。</translation>
    </message>
    <message>
        <source>Student E's true class is column {column}. Type probabilities (summing to 1) so that the loss is below {target} while the prediction (the most probable class) stays wrong, then Check. The losses are hidden.</source>
        <translation>学员 E 的真实类别是 {column} 列。输入概率（总和为 1），使损失低于 {target}，而预测（概率最大的类别）仍然是错的，然后按“检查”。损失已隐藏。</translation>
    </message>
    <message>
        <source>Student E's true class is column {column}. Type probabilities (summing to 1) so that the prediction (the most probable class) is right while the loss stays above {target}, then Check. The losses are hidden.</source>
        <translation>学员 E 的真实类别是 {column} 列。输入概率（总和为 1），使预测（概率最大的类别）正确，而损失仍高于 {target}，然后按“检查”。损失已隐藏。</translation>
    </message>
    <message>
        <source>The losses are hidden. Rank the students A, B, C, D from the largest loss to the smallest (type, for example, C A D B), then Check.</source>
        <translation>损失已隐藏。把学员 A、B、C、D 按损失从大到小排序（例如输入 C A D B），然后按“检查”。</translation>
    </message>
    <message>
        <source>H(p) = {entropy} and KL(p || q) = {kl}. What is the cross-entropy H(p, q)? Type it, then Check.</source>
        <translation>H(p) = {entropy}，KL(p || q) = {kl}。交叉熵 H(p, q) 是多少？输入它，然后按“检查”。</translation>
    </message>
    <message>
        <source>Look at the six curves above the cursor: the highest curve there is the answer.</source>
        <translation>看游标上方的六条曲线：那里最高的曲线就是答案。</translation>
    </message>
    <message>
        <source>The hinge loss max(0, 1 − y·a) is 0 once y·a reaches 1: go no further than that.</source>
        <translation>铰链损失 max(0, 1 − y·a) 在 y·a 达到 1 时就为 0：不要走得更远。</translation>
    </message>
    <message>
        <source>The best line sits at the centre of the contour map's ellipses: move w and b towards it.</source>
        <translation>最佳拟合直线位于等高线图椭圆的中心：把 w 和 b 向那里移动。</translation>
    </message>
    <message>
        <source>The J(b) slice is a parabola: its lowest point is the best b for this w.</source>
        <translation>J(b) 切片是一条抛物线：它的最低点就是这个 w 下最好的 b。</translation>
    </message>
    <message>
        <source>J is half the mean of the squared residuals: look at the squares on the plot.</source>
        <translation>J 是残差平方的平均值的一半：看图上的正方形。</translation>
    </message>
    <message>
        <source>The minimum is the centre of the innermost ellipse of the contour map.</source>
        <translation>最小值在等高线图最里面那个椭圆的中心。</translation>
    </message>
    <message>
        <source>Squaring makes a large residual much larger, so its sample pulls harder on the line.</source>
        <translation>平方会把大的残差放得更大，所以这个样本对直线的拉力更强。</translation>
    </message>
    <message>
        <source>Look at the shape of the contours: along a long narrow valley plain gradient descent crawls, while per-parameter scaling (Adagrad, RMSprop, Adam) helps.</source>
        <translation>看等高线的形状：在又长又窄的山谷里，普通梯度下降走得很慢，而按参数缩放（Adagrad、RMSprop、Adam）会有帮助。</translation>
    </message>
    <message>
        <source>Each step goes against the gradient, η times its length: steps shrink as the walk nears the minimum, and the steep direction settles first.</source>
        <translation>每一步都逆着梯度方向走，长度是梯度长度的 η 倍：越接近最小值步子越小，陡的方向先稳定下来。</translation>
    </message>
    <message>
        <source>Too small a rate crawls, too large a rate bounces across the valley: try rates on the tab and watch J after 20 steps.</source>
        <translation>学习率太小走得很慢，太大则在谷底两侧来回跳：在选项卡上试试，看 20 步之后的 J。</translation>
    </message>
    <message>
        <source>Raise the learning rate on the tab until the walk stops settling: the answer is just below that.</source>
        <translation>在选项卡上逐步增大学习率，直到路径不再收敛：答案就在那之下一点。</translation>
    </message>
    <message>
        <source>The loss −ln a depends only on the true class's probability a; the prediction is the largest probability.</source>
        <translation>损失 −ln a 只取决于真实类别的概率 a；预测是概率最大的类别。</translation>
    </message>
    <message>
        <source>Each loss is −ln of the probability given to the true class: the smaller that probability, the larger the loss.</source>
        <translation>每个损失都是真实类别所得概率的 −ln：这个概率越小，损失越大。</translation>
    </message>
    <message>
        <source>Cross-entropy is entropy plus KL divergence: H(p, q) = H(p) + KL(p || q).</source>
        <translation>交叉熵等于熵加 KL散度：H(p, q) = H(p) + KL(p || q)。</translation>
    </message>
    <message>
        <source>Squared error (MSE)</source>
        <translation>平方误差（均方差 MSE）</translation>
    </message>
    <message>
        <source>Absolute error</source>
        <translation>绝对值误差</translation>
    </message>
    <message>
        <source>Gradient descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>Momentum</source>
        <translation>动量法</translation>
    </message>
    <message>
        <source>Nesterov</source>
        <translation>Nesterov 动量</translation>
    </message>
    <message>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
    <message>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <source>You chose {chosen} ({value}); the largest is {worst} ({best}).</source>
        <translation>你选了{chosen}（{value}）；最大的是{worst}（{best}）。</translation>
    </message>
    <message>
        <source>You set a = {a}: hinge loss {loss}. The smallest |a| with loss 0 is a = {best}.</source>
        <translation>你设置了 a = {a}：铰链损失为 {loss}。损失为 0 的最小 |a| 是 a = {best}。</translation>
    </message>
    <message>
        <source>Your J = {value}; the best J = {best} ({percent} % above it, goal: at most 5 %).</source>
        <translation>你的 J = {value}；最小 J = {best}（高出 {percent} %，目标：不超过 5 %）。</translation>
    </message>
    <message>
        <source>You said J = {value}; J = {answer} (off by {percent} %).</source>
        <translation>你说 J = {value}；J = {answer}（相差 {percent} %）。</translation>
    </message>
    <message>
        <source>You said w = {w}, b = {b}; after 10 steps it is at w = {best_w}, b = {best_b} (off by {percent} % of the way it went).</source>
        <translation>你说 w = {w}，b = {b}；10 步之后它在 w = {best_w}，b = {best_b}（相差它所走路程的 {percent} %）。</translation>
    </message>
    <message>
        <source>You said η = {value}; the largest η that does not diverge is {answer} (2 / the largest curvature of J).</source>
        <translation>你说 η = {value}；不发散的最大 η 是 {answer}（2 / J 的最大曲率）。</translation>
    </message>
    <message>
        <source>You ranked {order}; by loss it is {answer}.</source>
        <translation>你的排序是 {order}；按损失应为 {answer}。</translation>
    </message>
    <message>
        <source>You said {name} = {value}; {name} = {answer} (off by {error}).</source>
        <translation>你说 {name} = {value}；{name} = {answer}（相差 {error}）。</translation>
    </message>
    <message>
        <source>You clicked w = {w}, b = {b}; the minimum is at w = {best_w}, b = {best_b} (the star).</source>
        <translation>你点击了 w = {w}，b = {b}；最小值在 w = {best_w}，b = {best_b}（星号处）。</translation>
    </message>
    <message>
        <source>The outlier moves the squared error's best line by up to {squared}, the absolute error's by up to {absolute}.</source>
        <translation>离群点让平方误差的最佳拟合直线最多移动 {squared}，让绝对值误差的最多移动 {absolute}。</translation>
    </message>
    <message>
        <source>{chosen} does not converge.</source>
        <translation>{chosen}没有收敛。</translation>
    </message>
    <message>
        <source>{chosen} converges in {steps} steps.</source>
        <translation>{chosen}在 {steps} 步内收敛。</translation>
    </message>
    <message>
        <source>{winner} arrives first, in {steps} steps.</source>
        <translation>{winner}最先到达，用了 {steps} 步。</translation>
    </message>
    <message>
        <source>η = {value} reaches J &lt; 0.05 in {steps} steps.</source>
        <translation>η = {value} 在 {steps} 步内达到 J &lt; 0.05。</translation>
    </message>
    <message>
        <source>η = {value} diverges.</source>
        <translation>η = {value} 发散了。</translation>
    </message>
    <message>
        <source>η = {value} ends at J = {final} after 20 steps.</source>
        <translation>η = {value} 在 20 步后停在 J = {final}。</translation>
    </message>
    <message>
        <source>Rates from {low} to {high} work; η = {rate} needs the fewest steps ({steps}).</source>
        <translation>从 {low} 到 {high} 的学习率都可以；η = {rate} 需要的步数最少（{steps}）。</translation>
    </message>
    <message>
        <source>Student E is no longer in the table.</source>
        <translation>学员 E 已不在表中。</translation>
    </message>
    <message>
        <source>E's probabilities do not sum to 1.</source>
        <translation>E 的概率总和不是 1。</translation>
    </message>
    <message>
        <source>E's loss is {loss} (target {target}); the prediction is column {predicted}, the true class column {label}.</source>
        <translation>E 的损失为 {loss}（目标 {target}）；预测是 {predicted} 列，真实类别是 {label} 列。</translation>
    </message>
</context>
<context>
    <name>PresenterKeys</name>
    <message>
        <source>Page Down / Page Up: the next / previous step, wherever the focus is (a spin box and a multi-line text keep them).</source>
        <extracomment>A widget with this property set to True uses Left / Right itself (a plot's keyboard nudge).</extracomment>
        <translation>Page Down / Page Up：下一步 / 上一步，焦点在哪里都有效（数值框和多行文本框除外，它们自己使用这两个键）。</translation>
    </message>
    <message>
        <source>Right / Left: the same in presentation mode (F5) and in a lesson, whatever has focus; at the desk they move a slider, a table cell or a plot's point.</source>
        <translation>→ / ←：在演示模式（F5）和课程中作用相同，不论焦点在哪里；平时则用来移动滑块、表格单元格或图中的点。</translation>
    </message>
    <message>
        <source>Space: play / pause where something plays.</source>
        <translation>空格：在有动画的页面上播放 / 暂停。</translation>
    </message>
    <message>
        <source>B or . : a black screen in presentation mode and in a lesson; B, . or Esc: back.</source>
        <translation>B 或 .：黑屏（演示模式和课程中）；再按 B、. 或 Esc 返回。</translation>
    </message>
    <message>
        <source>Esc: leave presentation mode.</source>
        <translation>Esc：退出演示模式。</translation>
    </message>
    <message>
        <source>On a plot: Up / Down and Shift+Left / Shift+Right nudge the point or the line.</source>
        <translation>在图上：↑ / ↓ 和 Shift+← / Shift+→ 微调点或直线。</translation>
    </message>
    <message>
        <source>In a lesson: Home / End, a step number then Enter jumps to that step.</source>
        <translation>在课程中：Home / End 跳到第一步 / 最后一步；输入步骤编号再按 Enter 跳到该步。</translation>
    </message>
    <message>
        <source>A text field keeps its keys while you type in it.</source>
        <translation>在文本框中输入时，按键归文本框使用。</translation>
    </message>
</context>
<context>
    <name>PresenterView</name>
    <message>
        <source>Loss Studio: presenter view</source>
        <translation>损失函数工作室：演示者视图</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ 后退</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>下一个 ▶</translation>
    </message>
    <message>
        <source>{now}   ({minutes}:{seconds} in)</source>
        <translation>{now}   （已讲 {minutes}:{seconds}）</translation>
    </message>
    <message>
        <source>(no notes for this step)</source>
        <translation>（这一步没有备注）</translation>
    </message>
    <message>
        <source>Next: {title}</source>
        <translation>下一步：{title}</translation>
    </message>
    <message>
        <source>Last step</source>
        <translation>最后一步</translation>
    </message>
</context>
<context>
    <name>RecordController</name>
    <message>
        <source>Stop &amp;recording and export…</source>
        <extracomment>seconds "the last seconds" offers first</extracomment>
        <translation>停止录制并导出(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Record animation of this tab</source>
        <translation>录制此标签页的动画(&amp;R)</translation>
    </message>
    <message>
        <source>Export the &amp;last seconds as animation…</source>
        <translation>将最近几秒导出为动画(&amp;L)…</translation>
    </message>
    <message>
        <source>The {tab} tab as recorded: the first {seconds} s of {total} s.</source>
        <translation>录制的“{tab}”标签页：共 {total} 秒中的前 {seconds} 秒。</translation>
    </message>
    <message>
        <source>● Recording the {tab} tab: {seconds} s</source>
        <translation>● 正在录制“{tab}”标签页：{seconds} 秒</translation>
    </message>
    <message numerus="yes">
        <source>The last {seconds} s of the {tab} tab: %n change(s) in that time.</source>
        <translation>
            <numerusform>“{tab}”标签页最近 {seconds} 秒：这段时间内有 %n 次变化。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The race of %n optimizer(s) from iteration 0 at {speed} steps per second.</source>
        <translation>
            <numerusform>%n 个优化器从第 0 次迭代开始的比较，每秒 {speed} 步。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Figure 3-1: gradient descent from x₀, %n step(s), one every 0.45 s.</source>
        <translation>
            <numerusform>图 3-1：从 x₀ 开始的梯度下降，共 %n 步，每 0.45 秒一步。</numerusform>
        </translation>
    </message>
    <message>
        <source>Animated GIF (*.gif)</source>
        <translation>GIF 动画 (*.gif)</translation>
    </message>
    <message>
        <source>Animated PNG (*.png)</source>
        <translation>PNG 动画 (*.png)</translation>
    </message>
    <message>
        <source>Animated WebP (*.webp)</source>
        <translation>WebP 动画 (*.webp)</translation>
    </message>
    <message>
        <source>Export animation</source>
        <translation>导出动画</translation>
    </message>
    <message>
        <source>Drawing {count} frames…</source>
        <translation>正在绘制 {count} 帧…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Writing the file…</source>
        <translation>正在写入文件…</translation>
    </message>
    <message>
        <source>Export cancelled: nothing was written.</source>
        <translation>导出已取消：没有写入任何文件。</translation>
    </message>
    <message>
        <source>The animation could not be saved.</source>
        <translation>动画无法保存。</translation>
    </message>
    <message>
        <source>that folder does not exist.</source>
        <translation>该文件夹不存在。</translation>
    </message>
    <message>
        <source>part of the path is a file, not a folder.</source>
        <translation>路径中有一部分是文件，而不是文件夹。</translation>
    </message>
    <message>
        <source>there is no permission to write there.</source>
        <translation>没有在该位置写入的权限。</translation>
    </message>
    <message>
        <source>that disk is read-only.</source>
        <translation>该磁盘是只读的。</translation>
    </message>
    <message>
        <source>the disk is full.</source>
        <translation>磁盘已满。</translation>
    </message>
    <message>
        <source>{path} cannot be written: {reason}</source>
        <translation>无法写入 {path}：{reason}</translation>
    </message>
    <message>
        <source>Saved {name}: {frames} frames, {width} × {height} pixels, {seconds} s.</source>
        <translation>已保存 {name}：{frames} 帧，{width} × {height} 像素，{seconds} 秒。</translation>
    </message>
</context>
<context>
    <name>ResultsDialog</name>
    <message>
        <source>Practice results</source>
        <translation>练习结果</translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation>保存结果(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Challenge</source>
        <translation>挑战</translation>
    </message>
    <message>
        <source>Best score</source>
        <translation>最高得分</translation>
    </message>
    <message>
        <source>Tries</source>
        <translation>尝试次数</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>用时</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Solved {solved} of {count}.</source>
        <translation>完成 {solved} / {count}。</translation>
    </message>
    <message>
        <source>Total score {score}.</source>
        <translation>总分 {score}。</translation>
    </message>
</context>
<context>
    <name>SaveTarget</name>
    <message>
        <source>Replace file</source>
        <translation>替换文件</translation>
    </message>
    <message>
        <source>“{name}” already exists. Replace it?</source>
        <translation>“{name}”已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>It is in {folder}.</source>
        <translation>它位于 {folder}。</translation>
    </message>
</context>
<context>
    <name>SceneController</name>
    <message>
        <source>The scene could not be saved.</source>
        <extracomment>(headline, detail) of a problem to show the person False for a picture or a recording made from the command line: a one-off render never changes the person's list of recent scenes</extracomment>
        <translation>场景无法保存。</translation>
    </message>
    <message>
        <source>Open scene</source>
        <translation>打开场景</translation>
    </message>
    <message>
        <source>That file does not exist (any more).</source>
        <translation>该文件不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>That file cannot be read.</source>
        <translation>该文件无法读取。</translation>
    </message>
    <message>
        <source>That file is far too large to be a scene; it was not read.</source>
        <translation>该文件太大，不可能是场景文件；未读取。</translation>
    </message>
    <message>
        <source>That is a folder or a special file, not a scene.</source>
        <translation>这是文件夹或特殊文件，不是场景文件。</translation>
    </message>
    <message>
        <source>That file is not a scene: it holds binary data, not text.</source>
        <translation>该文件不是场景文件：它包含二进制数据，而不是文本。</translation>
    </message>
    <message>
        <source>That file is not a scene: its text is UTF-16, not UTF-8.</source>
        <translation>该文件不是场景文件：它的文本是 UTF-16 编码，而不是 UTF-8。</translation>
    </message>
    <message>
        <source>That file is not a scene: its text is not UTF-8.</source>
        <translation>该文件不是场景文件：其文本不是 UTF-8 编码。</translation>
    </message>
    <message>
        <source>That file is damaged or not a scene: it is not valid JSON.</source>
        <translation>该文件已损坏或不是场景文件：不是有效的 JSON。</translation>
    </message>
    <message>
        <source>That file is JSON, but not a Loss Studio scene.</source>
        <translation>该文件是 JSON，但不是损失函数工作室的场景文件。</translation>
    </message>
    <message>
        <source>That scene was saved by another version of Loss Studio.</source>
        <translation>该场景由另一个版本的损失函数工作室保存。</translation>
    </message>
    <message>
        <source>That scene holds a value this app cannot use.</source>
        <translation>该场景包含本程序无法使用的值。</translation>
    </message>
    <message>
        <source>That scene holds data this app cannot show.</source>
        <translation>该场景包含本程序无法显示的数据。</translation>
    </message>
    <message>
        <source>That scene cannot be opened.</source>
        <translation>无法打开该场景。</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>未做任何更改。</translation>
    </message>
    <message>
        <source>Save scene</source>
        <translation>保存场景</translation>
    </message>
    <message>
        <source>Loss Studio scene (*.json)</source>
        <translation>损失函数工作室场景 (*.json)</translation>
    </message>
    <message>
        <source>Loss Studio scene (*.json);;All files (*)</source>
        <translation>损失函数工作室场景 (*.json);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Loss Catalog</source>
        <translation>损失函数一览</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>回归</translation>
    </message>
    <message>
        <source>Descent</source>
        <translation>梯度下降</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>分类</translation>
    </message>
</context>
<context>
    <name>UndoMemory</name>
    <message>
        <source>Undo keeps the last {kept} steps: {dropped} older ones were dropped to stay within {megabytes} MB of memory.</source>
        <extracomment>The most memory the undo history's sequences may hold (about 8 bytes an element). The most undo steps kept, whatever their size: past it the oldest go, down to :data:`STEPS_AFTER_LIMIT` at once (so that it is said once in a hundred steps, not each time). How long after the last change of state the heap's free pages go back to the system (ms). (steps dropped, steps kept, for memory: else for the step limit) after steps were dropped</extracomment>
        <translation>撤销只保留最近 {kept} 步：为使内存不超过 {megabytes} MB，已丢弃 {dropped} 个较早的操作。</translation>
    </message>
    <message>
        <source>Undo keeps the last {kept} steps: {dropped} older ones were dropped (it keeps at most {limit}).</source>
        <translation>撤销只保留最近 {kept} 步：已丢弃 {dropped} 个较早的操作（最多保留 {limit} 步）。</translation>
    </message>
</context>
<context>
    <name>UnsavedQuestion</name>
    <message>
        <source>{solved} of {count} challenges solved: these results are not saved. Save them before quitting?</source>
        <translation>{count} 个挑战中已解决 {solved} 个：这些结果尚未保存。退出前要保存吗？</translation>
    </message>
    <message>
        <source>{solved} of {count} challenges solved: these results are not saved. Save them before closing the practice?</source>
        <translation>{count} 个挑战中已解决 {solved} 个：这些结果尚未保存。关闭练习前要保存吗？</translation>
    </message>
    <message>
        <source>{solved} of {count} challenges solved: these results are not saved. Save them before the lesson opens?</source>
        <translation>{count} 个挑战中已解决 {solved} 个：这些结果尚未保存。打开课程前要保存吗？</translation>
    </message>
    <message>
        <source>{solved} of {count} challenges solved: these results are not saved. Save them before the other practice opens?</source>
        <translation>{count} 个挑战中已解决 {solved} 个：这些结果尚未保存。打开另一个练习前要保存吗？</translation>
    </message>
    <message>
        <source>Loss Studio</source>
        <translation>损失函数工作室</translation>
    </message>
    <message>
        <source>&amp;Save results…</source>
        <translation>保存结果(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Quit without saving</source>
        <translation>不保存，退出(&amp;Q)</translation>
    </message>
    <message>
        <source>C&amp;lose without saving</source>
        <translation>不保存，关闭练习(&amp;L)</translation>
    </message>
</context>
</TS>