<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>BinaryLossPlot</name>
    <message>
        <source>predicted probability a</source>
        <translation>预测概率 a</translation>
    </message>
    <message>
        <source>loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Binary cross-entropy (Figure 3-10): drag a student</source>
        <translation>二分类交叉熵（图3-10）：拖动学员</translation>
    </message>
    <message>
        <source>Binary cross-entropy (Figure 3-10): no two-class student here</source>
        <extracomment>The curves' a grid; the chapter's figure spans [0.01, 0.99]. A dragged point stays inside (0, 1), where the loss is finite.</extracomment>
        <translation>二分类交叉熵（图3-10）：这里没有二分类学员</translation>
    </message>
    <message>
        <source>Binary cross-entropy (Figure 3-10): the students appear with their losses</source>
        <translation>二分类交叉熵（图3-10）：学员的点与其损失一同显示</translation>
    </message>
    <message>
        <source>y = 1: −ln a</source>
        <translation>y = 1：−ln a</translation>
    </message>
    <message>
        <source>y = 0: −ln(1 − a)</source>
        <translation>y = 0：−ln(1 − a)</translation>
    </message>
</context>
<context>
    <name>ClassificationTab</name>
    <message>
        <source>Students and cross-entropy</source>
        <translation>学员与交叉熵</translation>
    </message>
    <message>
        <source>Information, entropy, KL</source>
        <translation>信息量、熵、KL散度</translation>
    </message>
    <message>
        <source>Why not MSE?</source>
        <translation>为什么不用均方差？</translation>
    </message>
    <message>
        <source>The chapter's four students, Figure 3-10</source>
        <translation>本章的四位学员，图3-10</translation>
    </message>
    <message>
        <source>Table 3-2 and H(p, q) = H(p) + KL(p || q)</source>
        <translation>表3-2 与 H(p, q) = H(p) + KL(p || q)</translation>
    </message>
    <message>
        <source>The chapter's closing question</source>
        <translation>本章最后的问题</translation>
    </message>
</context>
<context>
    <name>InformationPanel</name>
    <message>
        <source>Outcome x</source>
        <translation>事件 x</translation>
    </message>
    <message>
        <source>p(x)</source>
        <translation>p(x)</translation>
    </message>
    <message>
        <source>I = −ln p(x)</source>
        <translation>信息量 I = −ln p(x)</translation>
    </message>
    <message>
        <source>q(x)</source>
        <translation>q(x)</translation>
    </message>
    <message>
        <source>−ln q(x)</source>
        <translation>−ln q(x)</translation>
    </message>
    <message>
        <source>Normalise p</source>
        <translation>归一化 p</translation>
    </message>
    <message>
        <source>Normalise q</source>
        <translation>归一化 q</translation>
    </message>
    <message>
        <source>Table 3-2's p</source>
        <translation>表3-2 的 p</translation>
    </message>
    <message>
        <source>p = (0.7, 0.2, 0.1) as in Table 3-2</source>
        <translation>p = (0.7, 0.2, 0.1)，与表3-2 相同</translation>
    </message>
    <message>
        <source>Student C: cross-entropy = KL</source>
        <translation>学员丙：交叉熵 = KL散度</translation>
    </message>
    <message>
        <source>p = one-hot “fail” (C's true label), q = C's prediction (0.2, 0.5, 0.3)</source>
        <translation>p = “不及格”的 OneHot 编码（学员丙的真实标签），q = 学员丙的预测值 (0.2, 0.5, 0.3)</translation>
    </message>
    <message>
        <source>A note on the chapter: it says that the more probable an event is, the more information its happening carries. I(x) = −ln p(x), drawn below, says the opposite: a more probable event carries less information (p = 0.7: 0.36 nats; p = 0.1: 2.30 nats), and a certain one (p = 1) carries none.</source>
        <translation>关于本章的一处笔误：原文说“事件发生的概率 p(x) 越大，它发生时的信息量 I(x) 就越大”。下图画出的 I(x) = −ln p(x) 说明恰好相反：概率越大的事件，发生时带来的信息量越小（p = 0.7 时为 0.36 奈特，p = 0.1 时为 2.30 奈特），必然发生的事件（p = 1）不带来任何信息量。</translation>
    </message>
    <message>
        <source>nats (natural logarithm)</source>
        <translation>奈特（自然对数）</translation>
    </message>
    <message>
        <source>H(p, q) = H(p) + KL(p ‖ q)</source>
        <translation>H(p, q) = H(p) + KL(p ‖ q)</translation>
    </message>
    <message>
        <source>H(p) + KL</source>
        <translation>H(p) + KL</translation>
    </message>
    <message>
        <source>H(p, q)</source>
        <translation>H(p, q)</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>及格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不及格</translation>
    </message>
    <message>
        <source>outcome {n}</source>
        <translation>事件 {n}</translation>
    </message>
    <message>
        <source>H(p) = {value}</source>
        <translation>熵 H(p) = {value}</translation>
    </message>
    <message>
        <source>H(p, q) = {value}</source>
        <translation>交叉熵 H(p, q) = {value}</translation>
    </message>
    <message>
        <source>KL(p ‖ q) = {value}</source>
        <translation>KL散度 KL(p ‖ q) = {value}</translation>
    </message>
    <message>
        <source>Table 3-2 rounds each I to two decimals before summing: H = {terms} = {rounded}; without rounding H(p) = {exact}.</source>
        <translation>表3-2 先把每个信息量 I 四舍五入到两位小数再求和：H = {terms} = {rounded}；不取整时 H(p) = {exact}。</translation>
    </message>
    <message>
        <source>H(p) = Σ p(x) I(x) = {terms} = {exact}.</source>
        <translation>熵 H(p) = Σ p(x) I(x) = {terms} = {exact}。</translation>
    </message>
    <message>
        <source>An outcome with p = 0 adds nothing (0 · ln 0 = 0).</source>
        <translation>p = 0 的事件不贡献任何值（0 · ln 0 = 0）。</translation>
    </message>
    <message>
        <source>p is one-hot (a label: “{name}”), so H(p) = 0 and H(p, q) = KL(p ‖ q) = {value}: the cross-entropy loss −ln q({name}) of a prediction q. With the labels given, H(p) is fixed (熵值确定), which is why cross-entropy can replace KL as the loss.</source>
        <translation>p 是 OneHot 编码（一个标签：“{name}”），所以熵 H(p) = 0，H(p, q) = KL(p ‖ q) = {value}：正是预测值 q 的交叉熵损失 −ln q({name})。标签给定时 H(p) 是确定的（熵值确定），因而可以直接用交叉熵代替 KL散度作为损失函数。</translation>
    </message>
    <message>
        <source>Here q is student C's prediction: 1.20 is C's loss.</source>
        <translation>这里 q 是学员丙的预测值：1.20 正是学员丙的损失。</translation>
    </message>
    <message>
        <source>Σ {name} = {sum}</source>
        <translation>Σ {name} = {sum}</translation>
    </message>
    <message>
        <source>not a distribution</source>
        <translation>不是概率分布</translation>
    </message>
    <message>
        <source>KL = {value}</source>
        <translation>KL = {value}</translation>
    </message>
</context>
<context>
    <name>StudentRows</name>
    <message>
        <source>passed</source>
        <extracomment>Columns before the probabilities: name, true label, one-hot y. The chapter's names of the four students.</extracomment>
        <translation>学会</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>没学会</translation>
    </message>
    <message>
        <source>excellent</source>
        <translation>优秀</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>及格</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>不及格</translation>
    </message>
    <message>
        <source>class {n}</source>
        <translation>类别 {n}</translation>
    </message>
    <message>
        <source>passed (y = 1)</source>
        <translation>学会（y = 1）</translation>
    </message>
    <message>
        <source>failed (y = 0)</source>
        <translation>没学会（y = 0）</translation>
    </message>
    <message>
        <source>pass / fail</source>
        <translation>学会 / 没学会</translation>
    </message>
    <message>
        <source>excellent / pass / fail</source>
        <translation>优秀 / 及格 / 不及格</translation>
    </message>
    <message>
        <source>{n} classes</source>
        <translation>{n} 个类别</translation>
    </message>
    <message>
        <source>Student</source>
        <translation>学员</translation>
    </message>
    <message>
        <source>True label</source>
        <translation>真实标签</translation>
    </message>
    <message>
        <source>y (one-hot)</source>
        <translation>y（OneHot 编码）</translation>
    </message>
    <message>
        <source>Sum</source>
        <translation>和</translation>
    </message>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Loss bar</source>
        <translation>损失大小</translation>
    </message>
    <message>
        <source>a = P({name}); type a number in [0, 1]</source>
        <translation>a = P({name})；输入 [0, 1] 内的数</translation>
    </message>
    <message>
        <source>Normalise</source>
        <translation>归一化</translation>
    </message>
    <message>
        <source>Divide each probability by the row's sum</source>
        <translation>每个概率除以该行之和</translation>
    </message>
    <message>
        <source>Σ = {sum}</source>
        <translation>Σ = {sum}</translation>
    </message>
</context>
<context>
    <name>StudentsPanel</name>
    <message>
        <source>Add pass / fail student</source>
        <extracomment>presentation mode gathers the controls in here and folds it into a drawer presenting: columns as narrow as their header and cells (the plot gets the width)</extracomment>
        <translation>添加二分类学员（学会/没学会）</translation>
    </message>
    <message>
        <source>Add multi-class student</source>
        <translation>添加多分类学员</translation>
    </message>
    <message>
        <source>&amp;Classes:</source>
        <translation>类别数(&amp;C)：</translation>
    </message>
    <message>
        <source>Remove selected</source>
        <translation>删除所选</translation>
    </message>
    <message>
        <source>Clip probabilities to [ε, 1 − ε] with ε = {epsilon}</source>
        <translation>把概率截断到 [ε, 1 − ε]，ε = {epsilon}</translation>
    </message>
    <message>
        <source>Libraries do this to avoid ln 0: the loss becomes −ln ε ≈ 16.1 instead of ∞.</source>
        <translation>常用库这样做以避免 ln 0：损失变为 −ln ε ≈ 16.1，而不是 ∞。</translation>
    </message>
    <message>
        <source>J = Σ loss = {value}</source>
        <translation>J = Σ loss = {value}</translation>
    </message>
    <message>
        <source>mean loss J / m = {value}  (m = {m})</source>
        <translation>平均损失 J / m = {value}（m = {m}）</translation>
    </message>
    <message>
        <source>J = {parts}</source>
        <translation>J = {parts}</translation>
    </message>
    <message>
        <source>∞ for {names}: the true class was given probability 0, and −ln 0 = ∞. A model that is certain of a wrong answer pays without limit.</source>
        <translation>{names} 的损失为 ∞：真实类别的预测概率为 0，而 −ln 0 = ∞。一个对错误答案深信不疑的模型要付出无限的代价。</translation>
    </message>
    <message>
        <source>No students: add one</source>
        <translation>没有学员：请添加</translation>
    </message>
    <message>
        <source>Student {name}: predicted probabilities</source>
        <translation>学员 {name}：预测概率</translation>
    </message>
    <message>
        <source>Student {name}: {message}</source>
        <translation>学员 {name}：{message}</translation>
    </message>
</context>
<context>
    <name>WhyNotMsePanel</name>
    <message>
        <source>MSE  J(w, b): plateaus</source>
        <translation>均方差 J(w, b)：平坦高原</translation>
    </message>
    <message>
        <source>&lt;b&gt;Why not MSE for classification?&lt;/b&gt; A one-feature model a = σ(w x + b) on ten labelled students. (1) Convexity and the optimum: under MSE the loss over (w, b) has flat plateaus and is not convex, so descent can stall far from the optimum; cross-entropy is convex, one bowl. (2) The complexity and cost of the derivative: through the sigmoid, MSE's gradient ∂loss/∂z = (a − y) a (1 − a) carries the factor a (1 − a), which vanishes when the output saturates, even when it is confidently wrong (a ≈ 1 for y = 0). Cross-entropy through the sigmoid leaves a single subtraction, ∂loss/∂z = a − y: it vanishes only at the right answer.</source>
        <translation>&lt;b&gt;为什么不能用均方差作为分类问题的损失函数？&lt;/b&gt;单特征模型 a = σ(w x + b)，十位有标签的学员。(1) 凸性与最优解：均方差的损失在 (w, b) 上有平坦的高原且非凸，梯度下降可能停在远离最优解的地方；交叉熵是凸的，只有一个谷底。(2) 求导运算的复杂性和运算量：经过 sigmoid，均方差的导数 ∂loss/∂z = (a − y) a (1 − a) 带有因子 a (1 − a)，输出饱和时它趋于 0，即使输出是错的而且非常确定（y = 0 时 a ≈ 1）也是如此。交叉熵经过 sigmoid 后只剩下一个减法 ∂loss/∂z = a − y：只有在答案正确时它才趋于 0。</translation>
    </message>
    <message>
        <source>Cross-entropy  J(w, b): convex</source>
        <translation>交叉熵 J(w, b)：凸函数</translation>
    </message>
    <message>
        <source>mean loss over the samples</source>
        <translation>样本的平均损失</translation>
    </message>
    <message>
        <source>z = w x + b</source>
        <translation>z = w x + b</translation>
    </message>
    <message>
        <source>∂loss/∂z</source>
        <translation>∂loss/∂z</translation>
    </message>
    <message>
        <source>Gradient at one sample: drag z</source>
        <translation>单个样本的梯度：拖动 z</translation>
    </message>
    <message>
        <source>MSE</source>
        <translation>均方差</translation>
    </message>
    <message>
        <source>cross-entropy</source>
        <translation>交叉熵</translation>
    </message>
    <message>
        <source>MSE: (a − y) a (1 − a)</source>
        <translation>均方差：(a − y) a (1 − a)</translation>
    </message>
    <message>
        <source>cross-entropy: a − y</source>
        <translation>交叉熵：a − y</translation>
    </message>
    <message>
        <source>&amp;Label of the sample:</source>
        <translation>样本标签(&amp;L)：</translation>
    </message>
    <message>
        <source>y = 0</source>
        <translation>y = 0</translation>
    </message>
    <message>
        <source>y = 1</source>
        <translation>y = 1</translation>
    </message>
    <message>
        <source>MSE  J(w, b)</source>
        <translation>均方差 J(w, b)</translation>
    </message>
    <message>
        <source>Cross-entropy  J(w, b)</source>
        <translation>交叉熵 J(w, b)</translation>
    </message>
    <message>
        <source>Loss along w at b = {b}</source>
        <translation>b = {b} 时沿 w 的损失</translation>
    </message>
    <message>
        <source>Mean loss at w = {w}, b = {b}:  MSE {mse}   cross-entropy {ce}</source>
        <translation>w = {w}，b = {b} 时样本的平均损失：均方差 {mse}   交叉熵 {ce}</translation>
    </message>
    <message>
        <source>z = {z}, a = σ(z) = {a}, y = {y}:  MSE gradient {mse}   cross-entropy gradient {ce}</source>
        <translation>z = {z}，a = σ(z) = {a}，y = {y}：均方差梯度 {mse}   交叉熵梯度 {ce}</translation>
    </message>
</context>
</TS>