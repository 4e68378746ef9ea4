"""Write the built-in lesson "Chapter 3: loss functions" to resources/lessons/chapter3.json.

The steps are built from the model's own state objects, so the file is always valid; the test
suite loads it. Run from the repository: ``python tools/make_lesson.py`` (``--check`` only
compares with the committed file). Copy this file's pattern to make a lesson of your own, or
author one inside the app (File > Save lesson).
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from lossstudio.model import classification as cls_model  # noqa: E402
from lossstudio.model import lesson as model  # noqa: E402
from lossstudio.model import regression as reg_model  # noqa: E402
from lossstudio.model.catalog import CatalogState  # noqa: E402
from lossstudio.model.descent import DescentState  # noqa: E402
from lossstudio.model.walks import surface_of  # noqa: E402

T = model.Text
TARGET = ROOT / "resources" / "lessons" / "chapter3.json"

S31 = ("3.1 Overview of loss functions", "3.1 损失函数概论")
S32 = ("3.2 Mean squared error", "3.2 均方差损失函数")
S33 = ("3.3 Cross-entropy", "3.3 交叉熵损失函数")


def title(section, en: str, zh: str) -> model.Text:
    return T(f"{section[0]} · {en}", f"{section[1]} · {zh}")


def lines(*pairs: tuple[str, str]) -> tuple[model.Text, ...]:
    return tuple(T(en, zh) for en, zh in pairs)


def step(
    tab, page, state, heading, caption=(), reveal=(), notes=("", ""), panel=False
) -> model.Step:
    return model.Step(
        tab, page, state, heading, lines(*caption), tuple(reveal), T(*notes), panel=panel
    )


CATALOG = CatalogState()
#: step 1's table: other predictions than Table 3-1's (step 8 asks for those sums), one miss
#: of 1 then two, so both sums simply double and nothing of step 8's answer is told
SUM_TABLE = replace(CATALOG, table_first=(2.0, 1.0, 1.0), table_second=(2.0, 0.0, 1.0))
REGRESSION = reg_model.default_state()
CLASSIFICATION = cls_model.ClassificationState()
STUDENTS = cls_model.CHAPTER_STUDENTS


def line(b: float, w: float = 2.0) -> reg_model.RegressionState:
    return reg_model.with_line(REGRESSION, w, b)


#: steps 6 and 7 show a line none of Figures 3-3/3-4 asks about (steps 9-12 ask their J)
START = line(1.0, 1.0)


#: the Descent tab as it opens: the surface's own start, on the map (the model's bare default
#: (0, 4) lies off the chapter map: step 2 showed only "off the map ← (w = 0, b = 4)")
DESCENT = DescentState(start=surface_of(DescentState()).start)


def overview() -> list[model.Step]:
    return [
        step(
            "catalog",
            "table",
            SUM_TABLE,
            title(S31, "the loss is a sum", "损失是误差之和"),
            (
                (
                    "J = Σ loss: the loss is the total of every sample's error.",
                    "J = Σ loss（对每个样本求和）：“损失”，即所有样本的“误差”总和。",
                ),
                (
                    "One sample has an error, not a loss. Type a prediction: its error and the sum J change.",
                    "单个样本只有“误差”。改一个预测值：它的误差和总和 J 一起变化。",
                ),
            ),
            notes=(
                "Three samples with label 1. Each column's total is J = Σ loss (over the samples) for that loss. "
                "Making one sample's error 0 often makes the others larger, so we always look "
                "at the total.",
                "三个样本，标签值都是 1。每一列的总和就是该损失函数的 J = Σ loss（对样本求和）。把某个样本的误差"
                "调到 0，往往会让其它样本的误差变大，所以总要看整体的损失函数值。",
            ),
        ),
        step(
            "descent",
            "",
            DESCENT,
            title(S31, "the five steps of using a loss", "损失函数使用步骤"),
            (
                (
                    "1 random initial w, b · 2 forward: predictions · 3 loss: error against labels",
                    "1 用随机值初始化参数 · 2 代入样本计算预测值 · 3 用损失函数计算预测值和标签值的误差",
                ),
                (
                    "4 back-propagate the derivative: move w, b against the gradient",
                    "4 根据损失函数的导数，沿梯度最小方向反向传播误差，修正权重",
                ),
                (
                    "5 repeat from step 2 until J is small enough (press Play)",
                    "5 重复步骤 2，直到损失函数值满意为止（按“播放”）",
                ),
            ),
            reveal=("minimum",),
            notes=(
                "Each step of the walk on the contour map is one pass of steps 2 to 4. Ask "
                "where the lowest point is before revealing its cross.",
                "等高线图上走的每一步，都是一次步骤 2 到 4。揭晓最低点的叉号之前，先问最低点在哪里。",
            ),
        ),
        step(
            "catalog",
            "margin",
            CATALOG,
            title(S31, "six common sample losses", "常用样本损失"),
            (
                (
                    "a prediction, y label, J loss value. 0-1, absolute, hinge, log, squared, exponential.",
                    "a 是预测值，y 是样本标签值，J 是损失函数值。0-1 误差、绝对值、铰链、对数、平方、指数损失。",
                ),
                (
                    "All six against the margin t = y·a: drag the cursor and read each loss.",
                    "六种损失都画在间隔 t = y·a 上：拖动游标，读出每种损失。",
                ),
            ),
            reveal=("margin",),
            notes=(
                "Ask which loss punishes a wrong sign (t < 0) most before revealing the values.",
                "先问：t < 0（符号错了）时哪种损失罚得最重？再揭晓数值。",
            ),
        ),
        step(
            "catalog",
            "single",
            CATALOG,
            title(S31, "one loss up close", "单个损失函数"),
            (
                (
                    "Squared loss (y − a)² with y = 1: drag a and watch the loss and its slope.",
                    "平方损失 (y − a)²，y = 1：拖动 a，看损失值和斜率。",
                ),
            ),
            reveal=("loss",),
        ),
        step(
            "catalog",
            "descent",
            CATALOG,
            title(S31, "Figure 3-1: descent in one variable", "图 3-1：二维图像理解"),
            (
                (
                    "Start at A (x₀), step to B (x₁), then x₂ … x₅ nearer and nearer the lowest point.",
                    "从 A 点（x₀）出发，一步到 B 点（x₁），再经过 x₂ … x₅，不断靠近最低点。",
                ),
                (
                    "Gradient descent walks where the loss falls; stop when the loss is small enough.",
                    "梯度下降沿损失函数值下降的方向前进，损失值可接受时就停止。",
                ),
            ),
        ),
        step(
            "regression",
            "contour",
            START,
            title(S31, "the contour idea", "等高线图理解"),
            (
                (
                    "Every (w, b) has one J; points of equal J form the ellipses of a map of a hollow.",
                    "每组 (w, b) 对应一个损失函数值；损失值相同的点连成椭圆，像地图上洼地的等高线。",
                ),
                (
                    "The chapter says the centre's loss is 0. Is it? Guess, then reveal the centre.",
                    "课文说圆心位置的损失值为 0。真的是 0 吗？先猜，再揭晓圆心。",
                ),
            ),
            reveal=("best_fit",),
            notes=(
                "The chapter slips: noise keeps the best line's J above 0 (0.047890 on these 50 "
                "points). Reveal the star at the centre, then click near it.",
                "课文这里有误：有噪声时最佳直线的 J 也大于 0（这 50 个点上是 0.047890）。"
                "揭晓圆心的星号，再在它附近点击。",
            ),
        ),
    ]


def mean_squared_error() -> list[model.Step]:
    steps = [
        step(
            "regression",
            "contour",
            START,
            title(S32, "the formula", "公式"),
            (
                (
                    "loss = 1/2 (z − y)² for one sample; J = 1/(2m) Σ (z − y)², summed over the m samples.",
                    "单样本 loss = 1/2 (z − y)²；m 个样本 J = 1/(2m) Σ (z − y)²（对 m 个样本求和）。",
                ),
                (
                    "Each square on the plot is one sample's (z − y)²: drag the line.",
                    "图上每个正方形是一个样本的 (z − y)²：拖动直线。",
                ),
            ),
        ),
        step(
            "catalog",
            "table",
            CATALOG,
            title(S32, "Table 3-1: absolute against squared", "表 3-1：绝对值与均方差比较"),
            (
                (
                    "Labels [1,1,1]; predictions [1,2,3] then [1,3,3]. Which sum grows more?",
                    "标签值 [1,1,1]；预测值 [1,2,3] 与 [1,3,3]。哪一个总和增长得更多？",
                ),
                (
                    "Guess both sums of each row, then reveal.",
                    "先猜每一行的两个总和，再揭晓。",
                ),
            ),
            reveal=("table",),
            notes=(
                "Sums 3 and 5, then 4 and 8: growth 4/3 = 1.33 against 8/5 = 1.6. MSE is more "
                "sensitive to samples far off, so their errors get attention.",
                "总和 3 与 5，然后 4 与 8：增长 4/3 = 1.33，而 8/5 = 1.6。均方差（MSE）对偏离大的"
                "样本更敏感，从而引起监督训练过程的足够重视。",
            ),
        ),
    ]
    cases = (
        (
            2.0,
            "(a) z = 2x + 2, the first line",
            "(a) z = 2x + 2，初始情况",
            "The chapter prints Loss = 0.53.",
            "课文：Loss = 0.53。",
        ),
        (
            2.5,
            "(b) z = 2x + 2.5, moved up",
            "(b) z = 2x + 2.5，略向上平移",
            "The chapter prints 0.16: much smaller than (a).",
            "课文：0.16，误差较 (a) 大幅减小。",
        ),
        (
            3.0,
            "(c) z = 2x + 3, up again",
            "(c) z = 2x + 3，继续向上平移",
            "The chapter prints 0.048; changing b or w can make it smaller still.",
            "课文：0.048；继续改变 b 或 w 还可以更小。",
        ),
        (
            3.5,
            "(d) z = 2x + 3.5, past the best",
            "(d) z = 2x + 3.5，偏离最佳位置",
            "The chapter prints 0.18.",
            "课文：0.18。",
        ),
    )
    for b, en, zh, said_en, said_zh in cases:
        steps.append(
            step(
                "regression",
                "contour",
                line(b),
                title(S32, f"Figures 3-3/3-4 {en}", f"图 3-3/3-4 {zh}"),
                (
                    (
                        "What is J for this line? Guess, then reveal.",
                        "这条直线的 J 是多少？先猜，再揭晓。",
                    ),
                ),
                reveal=("loss",),
                notes=(said_en, said_zh),
            )
        )
    steps += [
        step(
            "regression",
            "contour",
            line(3.0),
            title(S32, "the derivative", "导数公式"),
            (
                (
                    "For each sample ∂J/∂a = a − y: each residual is its sample's derivative.",
                    "每个样本的 ∂J/∂a = a − y：每条残差线就是该样本的导数。",
                ),
                (
                    "It takes any real value and, passed back, steers training the right way.",
                    "导数值可取全体实数值，反向传播后引导训练朝正确的方向尝试。",
                ),
            ),
        ),
        step(
            "regression",
            "contour",
            line(2.0),
            title(S32, "Figure 3-5: J against b, w = 2", "图 3-5：J 随 b 的变化（w = 2）"),
            (
                (
                    "w fixed at 2: J(b) is a parabola, about 0.53 at b = 2 down to 0.049 near b = 3.",
                    "w 固定为 2：J(b) 是抛物线，b = 2 时约 0.53，b = 3 附近降到 0.049。",
                ),
                (
                    "Drag b in the panel and watch the marker ride the curve.",
                    "在面板里拖动 b，看标记沿曲线移动。",
                ),
            ),
            panel=True,  # presenting, the panel's drawer opens on this step
        ),
        step(
            "regression",
            "contour",
            line(3.0, 1.0),
            title(S32, "Figure 3-6: J against w, b = 3", "图 3-6：J 随 w 的变化（b = 3）"),
            (
                (
                    "b fixed at 3: J(w) is a flatter parabola, lowest near w = 2. What is J at w = 1?",
                    "b 固定为 3：J(w) 是更平缓的抛物线，w = 2 附近最低。w = 1 时 J 是多少？",
                ),
            ),
            reveal=("loss",),
        ),
        step(
            "regression",
            "surface",
            line(3.0),
            title(S32, "Figure 3-7: the 3-D surface", "图 3-7：三维可视化"),
            (
                (
                    "Height is J over (w, b): the bottom is not flat but a shallow valley.",
                    "高度表示 J(w, b)：底部并非平面，而是曲率较小的下凹曲面。",
                ),
            ),
        ),
        step(
            "regression",
            "contour",
            replace(line(3.0), best_fit=True),
            title(S32, "Figure 3-8: the contour map", "图 3-8：二维可视化（等高线）"),
            (
                (
                    "The surface seen from above, as a map shows height with contour lines.",
                    "三维图在平面上的投影，如同平面地图用等高线表示海拔高度。",
                ),
                (
                    "Click the map to move (w, b); the star is the best line.",
                    "点击地图移动 (w, b)；星号是最佳直线。",
                ),
            ),
        ),
    ]
    return steps


def cross_entropy() -> list[model.Step]:
    table = replace(CLASSIFICATION, q=(0.5, 0.3, 0.2))
    return [
        step(
            "classification",
            "information",
            table,
            title(S33, "information and Table 3-2", "信息量与表 3-2"),
            (
                (
                    "I(x) = −ln p(x). The chapter says more probable means more information. Does it?",
                    "I(x) = −ln p(x)。课文说概率越大信息量越大。真是这样吗？",
                ),
                (
                    "Excellent 0.7, pass 0.2, fail 0.1: which outcome tells us most?",
                    "优秀 0.7、及格 0.2、不及格 0.1：哪个结果的信息量最大？",
                ),
            ),
            reveal=("information",),
            notes=(
                "The chapter's slip: I = −ln p grows as p falls (0.36, 1.61, 2.30).",
                "课文的笔误：I = −ln p 随 p 减小而增大（0.36、1.61、2.30）。",
            ),
        ),
        step(
            "classification",
            "information",
            table,
            title(S33, "entropy", "熵"),
            (
                (
                    "H = −Σ p ln p: the expected information of the outcomes.",
                    "H = −Σ p ln p：事件发生信息量的期望。",
                ),
                (
                    "Table 3-2 sums the rounded I: 0.7·0.36 + 0.2·1.61 + 0.1·2.30.",
                    "表 3-2 用四舍五入后的 I 求和：0.7·0.36 + 0.2·1.61 + 0.1·2.30。",
                ),
            ),
            reveal=("entropy",),
        ),
        step(
            "classification",
            "information",
            table,
            title(S33, "KL divergence and cross-entropy", "相对熵（KL散度）与交叉熵"),
            (
                (
                    "D(p‖q) = Σ p ln(p/q) measures how far q is from p.",
                    "D(p‖q) = Σ p ln(p/q) 衡量两个概率分布的差异。",
                ),
                (
                    "H(p, q) = −Σ p ln q = H(p) + D(p‖q): with H(p) fixed, minimise H(p, q).",
                    "H(p, q) = −Σ p ln q = H(p) + D(p‖q)：H(p) 确定，可直接用交叉熵代替 KL散度。",
                ),
            ),
            reveal=("cross_entropy",),
        ),
        step(
            "classification",
            "students",
            replace(CLASSIFICATION, students=STUDENTS[:2]),
            title(S33, "the cross-entropy loss", "交叉熵损失函数"),
            (
                (
                    "loss = −Σ y ln a over the classes for one sample; J = the sum of every sample's loss.",
                    "单样本 loss = −Σ y ln a（对各类别求和）；多样本 J = 各样本 loss 之和。",
                ),
                (
                    "Binary: loss = −[y ln a + (1 − y) ln(1 − a)].",
                    "二分类：loss = −[y ln a + (1 − y) ln(1 − a)]。",
                ),
            ),
        ),
        step(
            "classification",
            "students",
            replace(CLASSIFICATION, students=STUDENTS[:2]),
            title(S33, "Figure 3-10: binary loss", "图 3-10：二分类损失"),
            (
                (
                    "y = 1: −ln a; y = 0: −ln(1 − a). They cross at a = 0.5 (0.69).",
                    "y = 1：−ln a；y = 0：−ln(1 − a)。两条曲线在 a = 0.5 相交（0.69）。",
                ),
                (
                    "The nearer the prediction to the label, the smaller the loss.",
                    "预测值越接近真实标签值，交叉熵损失函数值越小。",
                ),
            ),
        ),
        step(
            "classification",
            "students",
            replace(CLASSIFICATION, students=STUDENTS[:2]),
            title(S33, "students A and B (pass / fail)", "学员甲和乙（二分类）"),
            (
                (
                    "Both passed (y = 1). Predicted 0.6 for A, 0.7 for B. Which loss is smaller?",
                    "两人都通过了考试（y = 1）。预测学员甲 0.6，学员乙 0.7。谁的损失更小？",
                ),
            ),
            reveal=("losses",),
            notes=("A: 0.51, B: 0.36 (the app calls 甲 乙 A, B).", "甲：0.51，乙：0.36。"),
        ),
        step(
            "classification",
            "students",
            replace(CLASSIFICATION, students=STUDENTS[2:]),
            title(S33, "students C and D (three classes)", "学员丙和丁（多分类）"),
            (
                (
                    "Excellent / pass / fail; both failed, label [0,0,1].",
                    "优秀 / 及格 / 不及格；两人都不及格，标签值 [0,0,1]。",
                ),
                (
                    "C: [0.2, 0.5, 0.3], D: [0.2, 0.2, 0.6]. Guess each loss.",
                    "丙：[0.2, 0.5, 0.3]，丁：[0.2, 0.2, 0.6]。猜一猜各自的损失。",
                ),
            ),
            reveal=("losses",),
            notes=("C: 1.20, D: 0.51.", "丙：1.20，丁：0.51。"),
        ),
        step(
            "classification",
            "why_not_mse",
            CLASSIFICATION,
            title(S33, "QUESTION: why not MSE? Convexity", "问题：为什么不用均方差？凸性与最优解"),
            (
                (
                    "After a sigmoid, which loss over the weights has one valley, MSE or cross-entropy?",
                    "经过 sigmoid 之后，哪一个损失函数对权重只有一个谷底：均方差还是交叉熵？",
                ),
                (
                    "Compare the two loss maps, then reveal.",
                    "比较两张损失图，再揭晓答案。",
                ),
            ),
            reveal=("convexity",),
            notes=(
                "MSE's map has flat plateaus and is not convex; cross-entropy's is one bowl.",
                "均方差的损失图有平坦高原，不是凸函数；交叉熵的是凸函数，只有一个谷底。",
            ),
        ),
        step(
            "classification",
            "why_not_mse",
            CLASSIFICATION,
            title(
                S33,
                "QUESTION: why not MSE? The derivative",
                "问题：为什么不用均方差？求导（导数）",
            ),
            (
                (
                    "MSE after a sigmoid is not convex: its optimum is hard to reach; cross-entropy is one valley.",
                    "经过 sigmoid 之后，均方差不是凸函数，最优解难以求得；交叉熵只有一个谷底。",
                ),
                (
                    "Now the derivatives: which one vanishes when the output is confidently wrong?",
                    "再看导数：输出饱和而且错误时，哪一个导数趋于 0？",
                ),
            ),
            reveal=("gradients",),
            notes=(
                "MSE's derivative carries a(1 − a), which vanishes when the output saturates; "
                "cross-entropy's derivative with respect to z is simply a − y.",
                "均方差的导数带有 a(1 − a) 因子，输出饱和时趋于 0；交叉熵对 z 的导数就是 a − y。",
            ),
        ),
    ]


def end() -> list[model.Step]:
    return [
        step(
            "catalog",
            "single",
            CATALOG,
            T("THE END · thank you", "结束 · 谢谢！"),
            (
                (
                    "MSE for regression, cross-entropy for classification.",
                    "均方差用于回归任务，交叉熵用于分类任务。",
                ),
                (
                    "Every tab stays live: try your own data.",
                    "每个页面都可以继续操作：试试自己的数据。",
                ),
            ),
        )
    ]


def chapter3() -> model.Lesson:
    steps = overview() + mean_squared_error() + cross_entropy() + end()
    return model.Lesson(T("Chapter 3: loss functions", "第 3 章 损失函数"), tuple(steps))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only compare with the file")
    args = parser.parse_args()
    text = model.dumps(chapter3())
    if args.check:
        same = TARGET.exists() and TARGET.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{TARGET} is out of date: run tools/make_lesson.py")
        return 0 if same else 1
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET} ({len(chapter3().steps)} steps)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
