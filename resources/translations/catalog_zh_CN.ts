<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CatalogTab</name>
    <message>
        <source>One loss</source>
        <extracomment>the pages in their order: (attribute, class); each is built when first shown or asked for</extracomment>
        <translation>单个损失</translation>
    </message>
    <message>
        <source>All six on the margin</source>
        <translation>六种损失随间隔 t 变化</translation>
    </message>
    <message>
        <source>Table 3-1</source>
        <translation>表3-1</translation>
    </message>
    <message>
        <source>Gradient descent (Figure 3-1)</source>
        <translation>梯度下降（图3-1）</translation>
    </message>
</context>
<context>
    <name>CatalogTexts</name>
    <message>
        <source>0-1 loss</source>
        <translation>0-1误差</translation>
    </message>
    <message>
        <source>Absolute loss</source>
        <translation>绝对值损失</translation>
    </message>
    <message>
        <source>Hinge loss</source>
        <translation>铰链/折页损失</translation>
    </message>
    <message>
        <source>Log loss</source>
        <translation>对数损失</translation>
    </message>
    <message>
        <source>Squared loss</source>
        <translation>平方损失</translation>
    </message>
    <message>
        <source>Exponential loss</source>
        <translation>指数损失</translation>
    </message>
    <message>
        <source>Labels y = ±1; plotted for the predicted class sign(a).</source>
        <translation>标签 y = ±1；按预测类别 sign(a) 作图。</translation>
    </message>
    <message>
        <source>Any real label y and prediction a.</source>
        <translation>标签 y 和预测值 a 可取任意实数。</translation>
    </message>
    <message>
        <source>Labels y = ±1, any real score a.</source>
        <translation>标签 y = ±1，预测值 a 可取任意实数。</translation>
    </message>
    <message>
        <source>Labels y ∈ {0, 1}, prediction a a probability in [0, 1].</source>
        <translation>标签 y ∈ {0, 1}，预测值 a 是 [0, 1] 内的概率。</translation>
    </message>
    <message>
        <source>The gold standard: it counts mistakes, but its derivative is 0 almost everywhere, so it measures classifiers (error rate) rather than training them.</source>
        <translation>黄金标准：它直接数错误，但导数几乎处处为0，所以用来评价分类器（错误率），而不用来训练。</translation>
    </message>
    <message>
        <source>Regression that should not be pulled far by a few outliers (L1 loss, median regression).</source>
        <translation>不希望被少数离群点拉偏的回归（L1损失、中位数回归）。</translation>
    </message>
    <message>
        <source>Support vector machines: it asks for a margin y·a ≥ 1, not just the right sign.</source>
        <translation>支持向量机：它要求间隔 y·a ≥ 1，而不只是符号正确（最大边界损失）。</translation>
    </message>
    <message>
        <source>Logistic regression and neural-network binary classifiers (binary cross-entropy).</source>
        <translation>逻辑回归和神经网络二分类（二分类交叉熵）。</translation>
    </message>
    <message>
        <source>Regression: least squares and the mean squared error of section 3.2.</source>
        <translation>回归：最小二乘法和3.2节的均方差损失函数。</translation>
    </message>
    <message>
        <source>AdaBoost: boosting weights each sample by e^(−y·a), so misses count heavily.</source>
        <translation>AdaBoost：提升方法按 e^(−y·a) 给每个样本加权，分错的样本权重很大。</translation>
    </message>
</context>
<context>
    <name>DescentPage</name>
    <message>
        <source>The loss is infinite at x₀: start inside (0, 1).</source>
        <translation>损失在 x₀ 处为无穷大：请在 (0, 1) 内选起点。</translation>
    </message>
    <message>
        <source>The slope is 0 at x{k}: gradient descent stops here (a flat part or the minimum).</source>
        <translation>在 x{k} 处斜率为0：梯度下降停在这里（平坦处或最低点）。</translation>
    </message>
    <message>
        <source>The most steps shown ({n}) are reached.</source>
        <translation>已达到最多显示步数（{n}）。</translation>
    </message>
    <message>
        <source>The 0-1 loss is flat: its derivative is 0 wherever it is defined (and undefined at the jump a = 0), so gradient descent cannot move. This is why it is not used for training.</source>
        <translation>0-1误差是平的：在有定义的地方导数都为 0（在跳变点 a = 0 处导数没有定义），梯度下降无法移动。所以它不用于训练。</translation>
    </message>
    <message>
        <source>Diverged: the learning rate is far too large, each step lands farther away and the next one would leave the plot. Take a smaller learning rate.</source>
        <translation>发散：学习率太大，每一步都落得更远，下一步将跑出图外。请减小学习率。</translation>
    </message>
    <message>
        <source>The next step would land at a = {a}, outside 0 ≤ a ≤ 1 where the log loss is defined. This page moves the prediction a itself, and on the log loss every learning rate does this sooner or later: the slope of −ln a never flattens before a = 1. In a network the weights move and a = σ(z) stays inside (0, 1).</source>
        <translation>下一步将落在 a = {a}，超出对数损失的定义范围 0 ≤ a ≤ 1。本页直接移动预测值 a 本身，而在对数损失上，无论学习率多小，迟早都会如此：−ln a 的斜率在 a = 1 之前始终不会变平。在神经网络中，移动的是权重，a = σ(z) 始终留在 (0, 1) 之内。</translation>
    </message>
    <message>
        <source>Diverging: the steps overshoot the minimum and the loss grows. The learning rate is too large.</source>
        <translation>正在发散：每一步都越过最低点，损失不断增大。学习率太大。</translation>
    </message>
    <message>
        <source>Overshooting: the steps jump across the minimum ({n} times). A smaller learning rate walks down without crossing it.</source>
        <translation>越过最低点：迭代跨过了最低点（{n} 次）。较小的学习率可以一路下降而不越过。</translation>
    </message>
    <message>
        <source>Each step moves against the slope; the steps shrink as the curve flattens.</source>
        <translation>每一步都逆着斜率的方向走；曲线越平，每一步移动的距离越小。</translation>
    </message>
    <message>
        <source>y·a ≥ 1 at x₀ already: the hinge loss is 0 and flat there, so gradient descent does not move.</source>
        <translation>在 x₀ 处已有 y·a ≥ 1：铰链损失在那里为 0 且是平的，所以梯度下降不会移动。</translation>
    </message>
    <message>
        <source>y·a ≥ 1 at x{k}: the hinge loss is 0 and flat there, so gradient descent stops. Every step had the same length η = {eta}: the slope is −y until the margin is reached (at the kink y·a = 1 the slope is undefined; 0 is used).</source>
        <translation>在 x{k} 处 y·a ≥ 1：铰链损失在那里为 0 且是平的，所以梯度下降停止。每一步移动的距离都相同，为 η = {eta}：在达到间隔之前斜率一直是 −y（在折点 y·a = 1 处斜率没有定义，这里取 0）。</translation>
    </message>
    <message>
        <source>Every step has the same length η = {eta}: the hinge loss&apos;s slope is −y wherever y·a &lt; 1, so the steps do not shrink. The walk stops once y·a ≥ 1.</source>
        <translation>每一步移动的距离都相同，为 η = {eta}：只要 y·a &lt; 1，铰链损失的斜率就是 −y，所以步子不会变小。一旦 y·a ≥ 1，下降就停止。</translation>
    </message>
    <message>
        <source>x{k} is exactly on the kink a = y, where the slope is undefined; 0 is used (a subgradient), so gradient descent stops there.</source>
        <translation>x{k} 恰好落在折点 a = y 上，这里斜率没有定义；取 0（一个次梯度），所以梯度下降停在这里。</translation>
    </message>
    <message>
        <source>Every step has the same length η = {eta}: the absolute loss&apos;s slope is ±1, it does not flatten near the minimum. So a fixed learning rate jumps back and forth across a = y forever ({n} crossings so far); a smaller one only makes the jumps smaller.</source>
        <translation>每一步移动的距离都相同，为 η = {eta}：绝对值损失的斜率是 ±1，在最低点附近也不会变平。所以固定的学习率会在 a = y 两侧永远来回跳动（到目前为止越过 {n} 次）；减小学习率只会让跳动变小。</translation>
    </message>
    <message>
        <source>Every step has the same length η = {eta}: the absolute loss&apos;s slope is ±1, so the steps do not shrink as the minimum nears; once within η of a = y, they jump across it and back forever.</source>
        <translation>每一步移动的距离都相同，为 η = {eta}：绝对值损失的斜率是 ±1，所以接近最低点时步子不会变小；一旦与 a = y 的距离小于 η，就会在它两侧永远来回跳动。</translation>
    </message>
    <message>
        <source>x: here the prediction a itself</source>
        <extracomment>steps labelled x0 .. x5 below the axis, as Figure 3-1 labels them (more would crowd it)</extracomment>
        <translation>x：这里就是预测值 a 本身</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Gradient descent: {name}, y = {label}</source>
        <translation>梯度下降：{name}，y = {label}</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n 步</numerusform>
        </translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>x&lt;sub&gt;k+1&lt;/sub&gt; = x&lt;sub&gt;k&lt;/sub&gt; − η · f′(x&lt;sub&gt;k&lt;/sub&gt;)</source>
        <translation>x&lt;sub&gt;k+1&lt;/sub&gt; = x&lt;sub&gt;k&lt;/sub&gt; − η · f′(x&lt;sub&gt;k&lt;/sub&gt;)</translation>
    </message>
    <message>
        <source>In the chapter x is a weight that training corrects; here the prediction a itself stands in for it and is moved directly, so the curve is the loss against a. Figure 3-1 stops at x₅, once the loss is small enough.</source>
        <translation>在本章中，x 是训练所修正的权重值；这里用预测值 a 本身代替它，直接移动 a，所以曲线是损失随 a 的变化。图3-1 在 x₅ 处停止，因为此时损失已足够小。</translation>
    </message>
    <message>
        <source>Start x₀</source>
        <translation>起点 x₀</translation>
    </message>
    <message>
        <source>Learning rate η</source>
        <translation>学习率 η</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>走一步</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>重置</translation>
    </message>
    <message>
        <source>Take one more step</source>
        <translation>再走一步</translation>
    </message>
    <message>
        <source>loss f(x_k)</source>
        <translation>损失 f(x_k)</translation>
    </message>
    <message>
        <source>slope f′(x_k)</source>
        <translation>斜率 f′(x_k)</translation>
    </message>
</context>
<context>
    <name>LossPanel</name>
    <message>
        <source>Type any real label from −3 to 3.</source>
        <translation>可输入 −3 到 3 之间的任意实数标签。</translation>
    </message>
    <message>
        <source>The six sample losses of section 3.1</source>
        <translation>3.1节的六种常用样本损失</translation>
    </message>
    <message>
        <source>Selected loss</source>
        <translation>当前损失</translation>
    </message>
    <message>
        <source>Label y</source>
        <translation>标签值 y</translation>
    </message>
    <message>
        <source>The label y (any real number from −3 to 3)</source>
        <translation>标签值 y（−3 到 3 之间的任意实数）</translation>
    </message>
</context>
<context>
    <name>MarginPage</name>
    <message>
        <source>loss</source>
        <extracomment>the top of the all-six plot (scikit-learn&apos;s loss plot uses 0 to 8 on -4..4)</extracomment>
        <translation>损失</translation>
    </message>
    <message>
        <source>value at t</source>
        <translation>t 处的值</translation>
    </message>
    <message>
        <source>slope at t</source>
        <translation>t 处的斜率</translation>
    </message>
    <message>
        <source>t &gt; 0 is a right answer, t &lt; 0 a wrong one. The hinge, log and exponential losses lie on or above the 0-1 loss everywhere: they are upper bounds of it, so when their total over the samples is small the error count is small too (it is at most that total). Lowering them does not guarantee fewer errors, though. The log loss is drawn in base 2, log₂(1 + e^(−t)) = ln(1 + e^(−t)) / ln 2, so that it passes through 1 at t = 0; the catalog&apos;s formula uses ln. Absolute and squared losses are |1 − t| and (1 − t)² here: they also punish answers that are too right (t &gt; 1). Drag the dashed cursor or use the arrow keys (↑ / ↓ when presenting).</source>
        <translation>t &gt; 0 表示分对，t &lt; 0 表示分错。铰链损失、对数损失和指数损失处处不低于0-1误差，是它的上界：只要它们在全体样本上的总和很小，错误数也一定很小（错误数不超过这个总和）。但把它们降低并不保证错误数随之减少。这里的对数损失以 2 为底作图，log₂(1 + e^(−t)) = ln(1 + e^(−t)) / ln 2，使它在 t = 0 处等于 1；左侧公式中用的是 ln。绝对值损失和平方损失在这里是 |1 − t| 和 (1 − t)²：对“过于正确”的答案（t &gt; 1）也会惩罚。拖动虚线光标或使用方向键（演示时用 ↑ / ↓）。</translation>
    </message>
    <message>
        <source>margin t = y·a</source>
        <translation>间隔 t = y·a</translation>
    </message>
    <message>
        <source>y = ±1, margin t = y·a
log loss: a = score z, P = σ(z), t = y·z, log₂</source>
        <translation>y = ±1，间隔 t = y·a
对数损失：a = 得分 z，概率 σ(z)，t = y·z，以 2 为底</translation>
    </message>
    <message>
        <source>All six losses on the margin</source>
        <translation>六种损失与间隔 t 的关系</translation>
    </message>
</context>
<context>
    <name>SinglePage</name>
    <message>
        <source>plotted as the 0-1 loss of the predicted class sign(a)</source>
        <translation>按预测类别 sign(a) 的0-1误差作图</translation>
    </message>
    <message>
        <source>a = {a}, y = {y}: the predicted class sign(a) = {s} equals y, loss 0</source>
        <translation>a = {a}，y = {y}：预测类别 sign(a) = {s} 与 y 相同，损失为 0</translation>
    </message>
    <message>
        <source>a = {a}, y = {y}: the predicted class sign(a) = {s} is not y, loss 1</source>
        <translation>a = {a}，y = {y}：预测类别 sign(a) = {s} 与 y 不同，损失为 1</translation>
    </message>
    <message>
        <source>At the jump a = 0 the slope is undefined; 0 is shown. Everywhere else the 0-1 loss is flat, slope 0.</source>
        <translation>在跳变点 a = 0 处斜率没有定义，这里显示 0。其余各处0-1误差都是平的，斜率为 0。</translation>
    </message>
    <message>
        <source>The 0-1 loss is flat here: slope 0 (it jumps at a = 0).</source>
        <translation>0-1误差在这里是平的：斜率为 0（它在 a = 0 处跳变）。</translation>
    </message>
    <message>
        <source>At the kink a = y the slope is undefined: 0 is shown, a subgradient (any value from −1 to 1 is one).</source>
        <translation>在折点 a = y 处斜率没有定义：这里显示 0，它是一个次梯度（−1 到 1 之间的任何值都是次梯度）。</translation>
    </message>
    <message>
        <source>At the kink y·a = 1 the slope is undefined: 0 is shown, a subgradient (any value between −y and 0 is one).</source>
        <translation>在折点 y·a = 1 处斜率没有定义：这里显示 0，它是一个次梯度（−y 与 0 之间的任何值都是次梯度）。</translation>
    </message>
    <message>
        <source>The slope of (y − a)² is 2(a − y) = {slope}. Section 3.2 halves the loss, (a − y)²/2, so its derivative is the plain a − y = {half} (the chapter&apos;s ∂J/∂a = a − y, without the 1/m).</source>
        <translation>(y − a)² 的斜率是 2(a − y) = {slope}。3.2 节把损失减半为 (a − y)²/2，所以它的导数就是 a − y = {half}（即本章的 ∂J/∂a = a − y，省略了 1/m）。</translation>
    </message>
    <message>
        <source>prediction a</source>
        <translation>预测值 a</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>{name}, label y = {label}</source>
        <translation>{name}，标签值 y = {label}</translation>
    </message>
    <message>
        <source>Prediction a</source>
        <translation>预测值 a</translation>
    </message>
    <message>
        <source>loss =</source>
        <translation>损失 loss =</translation>
    </message>
    <message>
        <source>slope d loss / d a =</source>
        <translation>斜率 d loss / d a =</translation>
    </message>
    <message>
        <source>Drag the round marker along the curve, click the plot, or use the arrow keys (↑ / ↓ when presenting; Shift: finer). The dashed line is the tangent: its slope is the derivative.</source>
        <translation>沿曲线拖动圆点、点击图中任意处，或使用方向键（演示时用 ↑ / ↓；按住 Shift 更精细）。虚线是切线：它的斜率就是导数。</translation>
    </message>
</context>
<context>
    <name>TablePage</name>
    <message>
        <source>Both sets of predictions are perfect (every sum is 0): nothing grows.</source>
        <translation>两组预测都完全正确（所有总和都为 0）：没有任何增长。</translation>
    </message>
    <message>
        <source>The first predictions are perfect (both sums 0), so there is no growth to compare: from 0 every miss is an infinite growth. The second predictions cost {abs} in absolute and {sq} in squared error.</source>
        <translation>第一组预测完全正确（两种总和都为 0），所以无法比较增长倍数：从 0 开始，任何误差都是无穷倍的增长。第二组预测的绝对值误差为 {abs}，平方误差为 {sq}。</translation>
    </message>
    <message>
        <source>Both sums grow {a}×: the misses&apos; size-weighted mean Σ(a − y)² / Σ|a − y| stays {r1} (largest miss {m1} in (1), {m2} in (2)).</source>
        <translation>两种总和都增长 {a} 倍：按误差大小加权的平均误差 Σ(a − y)² / Σ|a − y| 保持为 {r1}（最大误差：（1）中为 {m1}，（2）中为 {m2}）。</translation>
    </message>
    <message>
        <source>The absolute error grows {a}×, the squared error {s}×: squared error punishes the larger miss harder, because squaring weighs each miss by its own size, and here the error moves into larger misses (size-weighted mean Σ(a − y)² / Σ|a − y|: {r1} → {r2}; largest miss {m1} → {m2}).</source>
        <translation>绝对值误差增长 {a} 倍，平方误差增长 {s} 倍：平方误差对偏离大的样本惩罚更重，因为平方相当于按每个误差自身的大小给它加权，而这里误差集中到了更大的偏离上（加权平均误差 Σ(a − y)² / Σ|a − y|：{r1} → {r2}；最大误差 {m1} → {m2}）。</translation>
    </message>
    <message>
        <source>The absolute error grows {a}×, the squared error only {s}×: squaring weighs each miss by its own size, and here the error moves into smaller misses (size-weighted mean Σ(a − y)² / Σ|a − y|: {r1} → {r2}; largest miss {m1} → {m2}).</source>
        <translation>绝对值误差增长 {a} 倍，平方误差只增长 {s} 倍：平方相当于按每个误差自身的大小给它加权，而这里误差分散到了更小的偏离上（加权平均误差 Σ(a − y)² / Σ|a − y|：{r1} → {r2}；最大误差 {m1} → {m2}）。</translation>
    </message>
    <message>
        <source>Table 3-1: the same labels, two sets of predictions. Type any value (Enter to apply); the sums and their growth follow.</source>
        <translation>表3-1：相同的标签值，两组预测值。可修改任意数值（按回车生效），总和与增长倍数随之更新。</translation>
    </message>
    <message>
        <source>Values</source>
        <translation>数值</translation>
    </message>
    <message>
        <source>Absolute error sum  Σ|a − y|</source>
        <translation>绝对值误差之和  Σ|a − y|</translation>
    </message>
    <message>
        <source>Squared error sum  Σ(a − y)²</source>
        <translation>平方误差之和  Σ(a − y)²</translation>
    </message>
    <message>
        <source>Labels y</source>
        <translation>样本标签值 y</translation>
    </message>
    <message>
        <source>Predictions a (1)</source>
        <translation>样本预测值 a（1）</translation>
    </message>
    <message>
        <source>Predictions a (2)</source>
        <translation>样本预测值 a（2）</translation>
    </message>
    <message>
        <source>Growth from (1) to (2)</source>
        <translation>从（1）到（2）的增长倍数</translation>
    </message>
    <message>
        <source>The chapter&apos;s squared sum is the plain sum, without the 1/(2m) of the mean squared error.</source>
        <translation>本章表3-1 的表头写作“均方差损失函数”，但表中的平方误差是直接求和，不含均方差中的 1/(2m)。</translation>
    </message>
</context>
</TS>
