<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>ControlPanel</name>
    <message>
        <source>Loss J = 1/m Σ|z − y|: the mean absolute error</source>
        <extracomment>(value, finished) of w and b, as their fields report it (the gesture protocol)</extracomment>
        <translation>损失 J = 1/m Σ|z − y|：平均绝对值误差</translation>
    </message>
    <message>
        <source>Loss J = 1/(2m) Σ(z − y)²: half the mean squared error</source>
        <translation>损失 J = 1/(2m) Σ(z − y)²：均方差的一半</translation>
    </message>
    <message>
        <source>Draw each residual's square: their mean is twice J.</source>
        <translation>画出每个残差的平方：它们的平均值是 J 的两倍。</translation>
    </message>
    <message>
        <source>Not drawn for the absolute loss: there J is the residuals' mean length.</source>
        <translation>绝对值损失下不画残差平方：此时 J 是残差长度的平均值。</translation>
    </message>
    <message>
        <source>The outlier: one point (x = {x}) moved from y = {y0} down to {y1}. The squared-loss best fit swings from w = {sw0}, b = {sb0} to w = {sw1}, b = {sb1}; the absolute-loss best fit hardly moves (w = {aw0}, b = {ab0} → w = {aw1}, b = {ab1}). Squaring weighs the one large miss most: the mean squared error pays most attention to the samples far off (section 3.2).</source>
        <translation>离群点：把一个样本点（x = {x}）从 y = {y0} 移到 {y1}。按平方误差的最佳拟合直线从 w = {sw0}，b = {sb0} 摆到 w = {sw1}，b = {sb1}；按绝对值误差的最佳拟合几乎不动（w = {aw0}，b = {ab0} → w = {aw1}，b = {ab1}）。平方使这一个大的偏离权重最大：均方差对偏离大的样本比较敏感（3.2 节）。</translation>
    </message>
    <message>
        <source>The line z = w x + b</source>
        <translation>直线 z = w x + b</translation>
    </message>
    <message>
        <source>weight w</source>
        <translation>权重 w</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>偏移 b</translation>
    </message>
    <message>
        <source>The chapter's lines:</source>
        <translation>本章的四条直线：</translation>
    </message>
    <message>
        <source>Set the line to z = {w}x + {b} (Figure 3-4)</source>
        <translation>把直线设为 z = {w}x + {b}（图 3-4）</translation>
    </message>
    <message>
        <source>Snap to best fit</source>
        <translation>设为最佳拟合直线</translation>
    </message>
    <message>
        <source>Drag the line to move it, its round handles to turn it. Arrow keys on the plot: ↑↓ move b, ←→ turn w (Shift: finer; when presenting ←→ step, Shift+←→ turn w).</source>
        <translation>拖动直线可平移，拖动两端的圆形手柄可旋转。在图上按方向键：↑↓ 调整 b，←→ 调整 w（按住 Shift 更精细；演示时 ←→ 切换步骤，Shift+←→ 调整 w）。</translation>
    </message>
    <message>
        <source>Loss and display</source>
        <translation>损失与显示</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失函数</translation>
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
        <source>Residuals</source>
        <translation>残差</translation>
    </message>
    <message>
        <source>Squares</source>
        <translation>残差平方</translation>
    </message>
    <message>
        <source>Best-fit line</source>
        <translation>最佳拟合直线</translation>
    </message>
    <message>
        <source>Equal aspect</source>
        <translation>等比例坐标</translation>
    </message>
    <message>
        <source>Same scale for w and b on the contour map</source>
        <translation>等高线图上 w 与 b 使用相同比例</translation>
    </message>
    <message>
        <source>Data (samples)</source>
        <translation>数据（样本）</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>(edited)</source>
        <translation>（已编辑）</translation>
    </message>
    <message>
        <source>The chapter's 50 points</source>
        <translation>本章的 50 个样本</translation>
    </message>
    <message>
        <source>With one outlier</source>
        <translation>含一个离群点</translation>
    </message>
    <message>
        <source>Falling line (negative weight w)</source>
        <translation>下降的直线（权重 w 为负）</translation>
    </message>
    <message>
        <source>Noisy cloud</source>
        <translation>噪声点云</translation>
    </message>
    <message>
        <source>Three points</source>
        <translation>三个点</translation>
    </message>
    <message>
        <source>Add point</source>
        <translation>添加样本点</translation>
    </message>
    <message>
        <source>Delete point</source>
        <translation>删除样本点</translation>
    </message>
    <message>
        <source>Load CSV…</source>
        <translation>载入 CSV…</translation>
    </message>
    <message>
        <source>Save CSV…</source>
        <translation>保存 CSV…</translation>
    </message>
    <message>
        <source>Shift+click or double-click empty space to add a point, drag a point to move it, right-click or select it and press Delete to remove it.</source>
        <translation>Shift+单击或双击空白处添加样本点，拖动样本点可移动它；右键单击，或选中后按 Delete 键可删除它。</translation>
    </message>
    <message>
        <source>There is no single best line: all x values are equal.</source>
        <translation>不存在唯一的最佳直线：所有 x 值都相同。</translation>
    </message>
    <message>
        <source>There is no single best line: the x values are too close together.</source>
        <translation>不存在唯一的最佳直线：各 x 值相距太近。</translation>
    </message>
    <message>
        <source>Best fit: none (all x are equal)</source>
        <translation>最佳拟合：不存在（所有 x 都相同）</translation>
    </message>
    <message>
        <source>Best fit: none (the x values are too close together)</source>
        <translation>最佳拟合：不存在（各 x 值相距太近）</translation>
    </message>
    <message>
        <source>Best fit {line}: J = {value}</source>
        <translation>最佳拟合 {line}：J = {value}</translation>
    </message>
    <message>
        <source>m = {count} samples</source>
        <translation>m = {count} 个样本</translation>
    </message>
</context>
<context>
    <name>CsvLoader</name>
    <message>
        <source>Loading points</source>
        <extracomment>Files with at least this many rows show a progress dialog while they load.</extracomment>
        <translation>正在载入数据点</translation>
    </message>
    <message>
        <source>Reading {rows} rows of “{name}”…</source>
        <translation>正在读取“{name}”的 {rows} 行…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Drawing {count} points…</source>
        <translation>正在绘制 {count} 个点…</translation>
    </message>
</context>
<context>
    <name>LossViews</name>
    <message>
        <source>Contour map</source>
        <extracomment>the least width of a slice plot beside the other one (unscaled px) while dragging, the y range stays put while the curve's top is within [STICKY, 1] of it and when it must move, it leaves this much room above the top</extracomment>
        <translation>等高线图</translation>
    </message>
    <message>
        <source>3-D surface</source>
        <translation>三维曲面</translation>
    </message>
    <message>
        <source>weight w</source>
        <translation>权重 w</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>偏移 b</translation>
    </message>
    <message>
        <source>J(w, b): log-spaced contours</source>
        <translation>J(w, b)：对数间隔的等高线</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
    <message>
        <source>J(w), b fixed</source>
        <translation>J(w)，b 固定</translation>
    </message>
    <message>
        <source>J(b), w fixed</source>
        <translation>J(b)，w 固定</translation>
    </message>
</context>
<context>
    <name>RegressionData</name>
    <message>
        <source>Loading “{name}” was cancelled. The current data are kept.</source>
        <translation>已取消载入“{name}”。当前数据保持不变。</translation>
    </message>
    <message>
        <source>it does not exist (any more).</source>
        <translation>该文件不存在（或已被删除）。</translation>
    </message>
    <message>
        <source>it could not be opened ({detail}).</source>
        <translation>无法打开（{detail}）。</translation>
    </message>
    <message>
        <source>it is larger than {megabytes} MB, far more than a point list.</source>
        <translation>文件超过 {megabytes} MB，远大于一份样本点列表。</translation>
    </message>
    <message>
        <source>it is a folder or a special file, not a file of points.</source>
        <translation>它是文件夹或特殊文件，不是数据点文件。</translation>
    </message>
    <message>
        <source>it is not a text file.</source>
        <translation>它不是文本文件。</translation>
    </message>
    <message>
        <source>its text is UTF-16; save it as UTF-8 and load it again.</source>
        <translation>它的文本是 UTF-16 编码；请另存为 UTF-8 后再加载。</translation>
    </message>
    <message>
        <source>line {line}: “{text}” is beyond ±{limit}, the largest coordinate.</source>
        <translation>第 {line} 行：“{text}”超出了最大坐标 ±{limit}。</translation>
    </message>
    <message>
        <source>it is not UTF-8 text.</source>
        <translation>它不是 UTF-8 编码的文本。</translation>
    </message>
    <message>
        <source>it is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message>
        <source>its first line is “{text}”; the first line must be “x,y”.</source>
        <translation>第一行是“{text}”；第一行必须是“x,y”。</translation>
    </message>
    <message>
        <source>line {line} (“{text}”) does not hold exactly two values x,y.</source>
        <translation>第 {line} 行（“{text}”）不是恰好两个值 x,y。</translation>
    </message>
    <message>
        <source>line {line}: “{text}” is not a number.</source>
        <translation>第 {line} 行：“{text}”不是数字。</translation>
    </message>
    <message>
        <source>line {line}: “{text}” is not a finite number.</source>
        <translation>第 {line} 行：“{text}”不是有限的数。</translation>
    </message>
    <message>
        <source>it has more than {rows} rows.</source>
        <translation>行数超过 {rows}。</translation>
    </message>
    <message>
        <source>it holds %n point(s); at least {minimum} are needed.</source>
        <translation>只有 %n 个样本点；至少需要 {minimum} 个。</translation>
    </message>
    <message>
        <source>“{name}” was not loaded: {reason} The current data are kept.</source>
        <translation>未载入“{name}”：{reason}当前数据保持不变。</translation>
    </message>
</context>
<context>
    <name>RegressionTab</name>
    <message>
        <source>x (sample feature)</source>
        <translation>x（样本特征）</translation>
    </message>
    <message>
        <source>y (sample label)</source>
        <translation>y（样本标签值）</translation>
    </message>
    <message>
        <source>Samples, the line z = w x + b and its residuals</source>
        <translation>样本、直线 z = w x + b 及其残差</translation>
    </message>
    <message>
        <source>mean absolute error</source>
        <translation>平均绝对值误差</translation>
    </message>
    <message>
        <source>mean squared error</source>
        <translation>均方差</translation>
    </message>
    <message>
        <source>Showing {shown} of {count} points; J and the best fit use all of them.</source>
        <translation>显示 {count} 个点中的 {shown} 个；J 和最佳拟合使用全部点。</translation>
    </message>
    <message>
        <source>The contour map and the slices use a sample of {sample} points.</source>
        <translation>等高线图和切面使用 {sample} 个点的样本。</translation>
    </message>
    <message>
        <source>Shift+click or double-click empty space to add a point there.</source>
        <translation>Shift+单击或双击空白处，在那里添加样本点。</translation>
    </message>
    <message>
        <source>A line needs at least two points; this one stays.</source>
        <translation>一条直线至少需要两个样本点；这个点保留。</translation>
    </message>
    <message>
        <source>Click a point first to select it, then delete it.</source>
        <translation>请先单击选中一个样本点，再删除它。</translation>
    </message>
    <message>
        <source>Loaded {count} points.</source>
        <translation>已载入 {count} 个样本点。</translation>
    </message>
    <message>
        <source>Could not save “{name}”: {reason}</source>
        <translation>无法保存“{name}”：{reason}</translation>
    </message>
    <message>
        <source>Load points</source>
        <translation>载入样本点</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 文件 (*.csv);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save points</source>
        <translation>保存样本点</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
</context>
<context>
    <name>RoomStrip</name>
    <message>
        <source>J =</source>
        <translation>J =</translation>
    </message>
</context>
<context>
    <name>SurfaceView</name>
    <message>
        <source>Show the 3-D surface</source>
        <translation>显示三维曲面</translation>
    </message>
    <message>
        <source>The 3-D surface needs OpenGL, which this display does not offer.</source>
        <translation>三维曲面需要 OpenGL，而当前显示环境不支持。</translation>
    </message>
    <message>
        <source>The 3-D surface is not available here (OpenGL could not start: {reason}). The contour map shows the same J(w, b).</source>
        <translation>此处无法显示三维曲面（OpenGL 无法启动：{reason}）。等高线图显示的是同一个 J(w, b)。</translation>
    </message>
    <message>
        <source>J(w, b) as a surface over the (w, b) plane: a shallow valley.</source>
        <translation>J(w, b) 是 (w, b) 平面上的曲面：一道平缓的山谷。</translation>
    </message>
    <message>
        <source>w</source>
        <translation>w</translation>
    </message>
    <message>
        <source>b</source>
        <translation>b</translation>
    </message>
    <message>
        <source>J</source>
        <translation>J</translation>
    </message>
</context>
</TS>