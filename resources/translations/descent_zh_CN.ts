<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DescentPanel</name>
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
        <source>Chapter data: J(w, b)</source>
        <extracomment>Lines of each optimizer&apos;s update rule (``resources/formulas/descent_&lt;name&gt;_&lt;row&gt;.svg``), in OPTIMIZERS order.</extracomment>
        <translation>本章数据：J(w, b)</translation>
    </message>
    <message>
        <source>Regression tab&apos;s data: J(w, b)</source>
        <translation>回归页的数据：J(w, b)</translation>
    </message>
    <message>
        <source>Elongated bowl</source>
        <translation>狭长的碗</translation>
    </message>
    <message>
        <source>Banana valley (Rosenbrock)</source>
        <translation>香蕉形山谷（Rosenbrock）</translation>
    </message>
    <message>
        <source>Loss surface</source>
        <translation>损失函数曲面</translation>
    </message>
    <message>
        <source>Surface</source>
        <translation>曲面</translation>
    </message>
    <message>
        <source>Stretch κ</source>
        <translation>拉伸系数 κ</translation>
    </message>
    <message>
        <source>Condition number κ of the bowl J = (w² + κ b²)/2: it curves κ times as steeply along b (up and down on the map) as along w (left and right).</source>
        <translation>这个狭长的碗 J = (w² + κ b²)/2 的条件数 κ：沿 b 方向（图中纵向）的弯曲程度是沿 w 方向（图中横向）的 κ 倍。</translation>
    </message>
    <message>
        <source>Reload the Regression tab&apos;s points</source>
        <translation>重新读取回归页的数据点</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>起点</translation>
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
        <source>Click or drag on the contour map to start the walk there.</source>
        <translation>在等高线图上单击或拖动，从那里开始下降。</translation>
    </message>
    <message>
        <source>Equal scales for w and b</source>
        <translation>w 与 b 等比例</translation>
    </message>
    <message>
        <source>Optimizers</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Race from the same start:</source>
        <translation>从同一起点出发比较：</translation>
    </message>
    <message>
        <source>Race all six</source>
        <translation>六种一起比较</translation>
    </message>
    <message>
        <source>Settings of</source>
        <translation>设置对象</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>学习率 η</translation>
    </message>
    <message>
        <source>Momentum μ</source>
        <translation>动量 μ</translation>
    </message>
    <message>
        <source>Smoothing α</source>
        <translation>平滑系数 α</translation>
    </message>
    <message>
        <source>β₁</source>
        <translation>β₁</translation>
    </message>
    <message>
        <source>β₂</source>
        <translation>β₂</translation>
    </message>
    <message>
        <source>ε</source>
        <translation>ε</translation>
    </message>
    <message>
        <source>Playback</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Back to the start point (R)</source>
        <translation>回到起点（R）</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>后退</translation>
    </message>
    <message>
        <source>One step back (← or Page Up)</source>
        <translation>后退一步（← 或 Page Up）</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>单步</translation>
    </message>
    <message>
        <source>One step forward (→ or Page Down)</source>
        <translation>前进一步（→ 或 Page Down）</translation>
    </message>
    <message>
        <source>Play or pause (Space)</source>
        <translation>播放或暂停（空格）</translation>
    </message>
    <message>
        <source>Steps per second</source>
        <translation>每秒步数</translation>
    </message>
    <message>
        <source>Loss on a log scale</source>
        <translation>损失使用对数坐标</translation>
    </message>
    <message>
        <source>Keys: Space play/pause, → or Page Down step, ← or Page Up back, R reset.</source>
        <translation>按键：空格 播放/暂停，→ 或 Page Down 前进一步，← 或 Page Up 后退一步，R 重置。</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
</context>
<context>
    <name>DescentPlots</name>
    <message>
        <source>weight w</source>
        <extracomment>Arrows: the gradient at the start is drawn this fraction of the view&apos;s width long. The smallest loss drawn on a log axis (an exact 0 has no logarithm). the least width of each small plot (loss, line fit) beside the race board, unscaled px The small plots&apos; least width (logical px), whatever the scale: a usable plot. running bounds of each walk&apos;s path and losses, worked out once per walk iterations 0..MAX_STEPS, so each frame hands the curves views, not new arrays</extracomment>
        <translation>权重 w</translation>
    </message>
    <message>
        <source>bias b</source>
        <translation>偏移 b</translation>
    </message>
    <message>
        <source>Contours of J(w, b)</source>
        <translation>J(w, b) 的等高线</translation>
    </message>
    <message>
        <source>iteration</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>loss J</source>
        <translation>损失 J</translation>
    </message>
    <message>
        <source>Loss against iteration</source>
        <translation>损失随迭代的变化</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>Line z = w x + b</source>
        <translation>直线 z = w x + b</translation>
    </message>
    <message>
        <source>−∇J</source>
        <translation>−∇J</translation>
    </message>
</context>
<context>
    <name>DescentTab</name>
    <message>
        <source>{count} points from the Regression tab.</source>
        <translation>来自回归页的 {count} 个数据点。</translation>
    </message>
    <message>
        <source>The Regression tab&apos;s best line is too steep for this map (|w| or |b| above {limit}): showing the chapter&apos;s data instead.</source>
        <translation>回归页数据的最佳直线对这张图来说太陡（|w| 或 |b| 超过 {limit}）：改用本章的数据。</translation>
    </message>
    <message>
        <source>The Regression tab has no data with two different x values yet: showing the chapter&apos;s data instead.</source>
        <translation>回归页还没有至少两个不同 x 值的数据：改用本章的数据。</translation>
    </message>
    <message>
        <source>−m</source>
        <extracomment>The animation never redraws faster than this (milliseconds between frames, about 60 fps). held by a practice: the Regression tab&apos;s points are not read (no reload, no following)</extracomment>
        <translation>−m</translation>
    </message>
    <message>
        <source>−v</source>
        <translation>−v</translation>
    </message>
    <message>
        <source>{count} points, not the Regression tab&apos;s: during this practice challenge its points are not read here.</source>
        <translation>{count} 个数据点，不是回归页的：本练习挑战进行期间，这里不读取回归页的数据点。</translation>
    </message>
    <message>
        <source>{count} points, not the Regression tab&apos;s points now (Reload the Regression tab&apos;s points to use those).</source>
        <translation>{count} 个数据点，不是回归页现在的数据点（点“重新读取回归页的数据点”即可改用它们）。</translation>
    </message>
    <message>
        <source>Iteration {iteration}</source>
        <translation>第 {iteration} 次迭代</translation>
    </message>
    <message>
        <source>w = {w}   b = {b}   J = {loss}
∂J/∂w = {d_w}   ∂J/∂b = {d_b}</source>
        <translation>w = {w}   b = {b}   J = {loss}
∂J/∂w = {d_w}   ∂J/∂b = {d_b}</translation>
    </message>
</context>
<context>
    <name>DescentWords</name>
    <message>
        <source>Gradient descent (chapter 3): each step moves against the gradient, (w, b) ← (w, b) − η ∇J.</source>
        <translation>梯度下降（第 3 章）：每一步都逆着梯度方向移动，(w, b) ← (w, b) − η ∇J。</translation>
    </message>
    <message>
        <source>Momentum: keeps a running velocity of past gradients, so steps build up along a steady slope and zig-zags across a valley damp out.</source>
        <translation>动量法：累积以往梯度形成“速度”，在坡度稳定的方向上越走越快，在山谷两壁之间的来回振荡则逐渐减弱。</translation>
    </message>
    <message>
        <source>Nesterov: momentum that looks ahead, taking the gradient where the velocity is about to carry it, so it brakes earlier.</source>
        <translation>Nesterov 动量：先按速度向前看一步，在将要到达的位置计算梯度，因此能更早减速。</translation>
    </message>
    <message>
        <source>Adagrad: divides each parameter&apos;s step by the root of the sum of all its past squared gradients, so steep directions slow down, and every step keeps shrinking.</source>
        <translation>Adagrad：把每个参数的一步除以它以往所有梯度平方和的平方根，陡峭的方向因此放慢，而且每一步都在不断变小。</translation>
    </message>
    <message>
        <source>RMSprop: like Adagrad, but with a decaying average of the squared gradients, so the steps do not shrink for ever.</source>
        <translation>RMSprop：与 Adagrad 类似，但用梯度平方的衰减平均，所以每一步不会无限变小。</translation>
    </message>
    <message>
        <source>Adam: momentum and RMSprop&apos;s per-parameter scaling together, both averages corrected for their start at zero.</source>
        <translation>Adam：把动量法与 RMSprop 的逐参数缩放结合起来，两个平均值都对从零开始造成的偏差做了修正。</translation>
    </message>
    <message>
        <source>The chapter&apos;s five steps of using a loss</source>
        <translation>本章的损失函数使用步骤</translation>
    </message>
    <message>
        <source>Beyond chapter 3: the chapter uses plain gradient descent on J(w, b) of its data; the other five optimizers, the bowl and the banana valley come later in the course.</source>
        <translation>超出第 3 章的内容：本章只在其数据的 J(w, b) 上使用普通的梯度下降；其余五种优化器、狭长的碗和香蕉形山谷都在课程后面才讲。</translation>
    </message>
    <message>
        <source>2. Forward: z = w x + b for every sample x.</source>
        <translation>2. 代入样本，前向计算预测值：对每个样本 x 计算 z = w x + b。</translation>
    </message>
    <message>
        <source>2. Forward: no samples here; J(w, b) is a formula.</source>
        <translation>2. 前向计算：这里没有样本，J(w, b) 直接由公式给出。</translation>
    </message>
    <message>
        <source>5. Repeat from 2 until J is small enough: ended at iteration {k}.</source>
        <translation>5. 重复步骤 2，直到损失函数值达到满意的值：在第 {k} 次迭代结束。</translation>
    </message>
    <message>
        <source>5. Repeat from 2 until J is small enough (iteration {k}).</source>
        <translation>5. 重复步骤 2，直到损失函数值达到满意的值（第 {k} 次迭代）。</translation>
    </message>
    <message>
        <source>1. Initialise w, b (the chapter: random; here your start): w = {w}, b = {b}.</source>
        <translation>1. 初始化 w、b（本章用随机值，这里用你选的起点）：w = {w}，b = {b}。</translation>
    </message>
    <message>
        <source>3. Loss: J = {loss} at w = {w}, b = {b}.</source>
        <translation>3. 用损失函数计算误差：w = {w}，b = {b} 时 J = {loss}。</translation>
    </message>
    <message>
        <source>4. Back-propagate: ∂J/∂w = {d_w}, ∂J/∂b = {d_b}; correct w and b against it.</source>
        <translation>4. 根据损失函数的导数反向传播：∂J/∂w = {d_w}，∂J/∂b = {d_b}；沿梯度相反方向修正 w 和 b。</translation>
    </message>
    <message>
        <source>A note on the chapter: it says the loss at the centre of the contour ellipses is 0. On data with noise no line passes through every point: the centre is the best fit w = {w}, b = {b}, where J is smallest but not 0, J_min = {j}.</source>
        <translation>关于本章的一处笔误：原文说等高线椭圆“圆心位置的损失值为 0”。数据带有噪声时，没有一条直线能穿过所有点：圆心是最佳拟合 w = {w}，b = {b}，那里的 J 最小但不为 0，J_min = {j}。</translation>
    </message>
</context>
<context>
    <name>OffMapNote</name>
    <message>
        <source>off the map {arrow} (w = {w}, b = {b})</source>
        <extracomment>(horizontal, vertical) direction of the point from the map -&gt; an arrow</extracomment>
        <translation>已离开等高线图 {arrow}（w = {w}，b = {b}）</translation>
    </message>
</context>
<context>
    <name>RaceBoard</name>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>Loss J</source>
        <translation>损失 J</translation>
    </message>
    <message>
        <source>Walk</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>walking</source>
        <translation>下降中</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>已暂停</translation>
    </message>
    <message numerus="yes">
        <source>diverged after %n step(s)</source>
        <translation>
            <numerusform>%n 步后发散</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>converged in %n step(s)</source>
        <translation>
            <numerusform>%n 步收敛</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n step(s)</source>
        <translation>
            <numerusform>%n 步后停止</numerusform>
        </translation>
    </message>
</context>
</TS>
