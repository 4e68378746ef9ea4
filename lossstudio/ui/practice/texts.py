"""The words of practice: each challenge's title, task, hint and verdict, in both languages.

Every sentence is built from the variant's and the verdict's numbers (computed by the engine in
:mod:`lossstudio.model.practice_base`), so it is true for every seed.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from lossstudio.model.practice_base import Variant, Verdict
from lossstudio.ui.catalog import texts as loss_texts
from lossstudio.ui.widgets.number_field import format_value


def number(value: float, digits: int = 4) -> str:
    return format_value(float(value), digits)


def column_name(index: int) -> str:
    """The students table's column of class ``index``: a₁, a₂, …"""
    return f"a{chr(0x2080 + index + 1)}"


class PracticeTexts(QObject):
    """``self.tr`` for every practice sentence (context ``PracticeTexts``)."""

    def watched(self) -> str:
        """A prediction made after the tab showed it (the walk played or stepped, a setting
        moved): "changed the tab" read as switching tabs, which nobody had done."""
        return self.tr("You ran the walk or changed a setting before predicting: half the score.")

    def title(self, kind: str) -> str:
        titles = {
            "catalog.worst_loss": self.tr("Which loss punishes this miss most?"),
            "catalog.hinge_zero": self.tr("Hinge loss zero with the smallest |a|"),
            "regression.fit": self.tr("Fit the line within 5 % of the best J"),
            "regression.best_b": self.tr("The best bias b for a fixed weight w"),
            "regression.predict_j": self.tr("Predict J before it is shown"),
            "regression.click_minimum": self.tr("Click where the minimum of J is"),
            "regression.outlier": self.tr("Whose best fit does the outlier move more?"),
            "descent.first_optimizer": self.tr("Which optimizer arrives first?"),
            "descent.after_ten": self.tr("Where is gradient descent after 10 steps?"),
            "descent.goldilocks": self.tr("The Goldilocks learning rate"),
            "descent.largest_rate": self.tr("The largest learning rate that does not diverge"),
            "classification.wrong_but_low": self.tr("A low loss, a wrong prediction"),
            "classification.rank": self.tr("Rank the students by loss"),
            "classification.cross_entropy": self.tr("Predict H(p, q) from H(p) and KL"),
        }
        return titles[kind]

    def task(self, variant: Variant) -> str:
        n = variant.numbers
        kind = variant.kind
        text = self._catalog_or_line_task(kind, n)
        if text is not None:
            return text
        if kind == "descent.first_optimizer":
            return self.tr(
                "The six optimizers will race from this start, each at its suggested learning "
                "rate. Which one converges first? Choose it, then Check: the race is run."
            )
        if kind == "descent.after_ten":
            return self.tr(
                "Gradient descent starts at the circle with learning rate η = {rate}. Where will "
                "it be after {steps} steps? Predict before you play it: type w, b, then Check."
            ).format(rate=number(n["rate"]), steps=int(n["steps"]))
        if kind == "descent.goldilocks":
            return self.tr(
                "Type a learning rate η for gradient descent that reaches J < {target} within "
                "{steps} steps from this start, then Check. You may try rates on the tab first."
            ).format(target=number(n["target"]), steps=int(n["steps"]))
        if kind == "descent.largest_rate":
            return self.tr(
                "What is the largest learning rate η at which gradient descent does not diverge "
                "on this data? Type η, then Check."
            )
        if kind == "classification.wrong_but_low":
            column = column_name(int(n["label"]))
            if n["wrong"]:
                return self.tr(
                    "Student E's true class is column {column}. Type probabilities (summing to "
                    "1) so that the loss is below {target} while the prediction (the most "
                    "probable class) stays wrong, then Check. The losses are hidden."
                ).format(column=column, target=number(n["target"]))
            return self.tr(
                "Student E's true class is column {column}. Type probabilities (summing to 1) "
                "so that the prediction (the most probable class) is right while the loss stays "
                "above {target}, then Check. The losses are hidden."
            ).format(column=column, target=number(n["target"]))
        if kind == "classification.rank":
            return self.tr(
                "The losses are hidden. Rank the students A, B, C, D from the largest loss to "
                "the smallest (type, for example, C A D B), then Check."
            )
        return self.tr(
            "H(p) = {entropy} and KL(p || q) = {kl}. What is the cross-entropy H(p, q)? "
            "Type it, then Check."
        ).format(entropy=number(n["entropy"]), kl=number(n["kl"]))

    def hint(self, kind: str) -> str:
        hints = {
            "catalog.worst_loss": self.tr(
                "Look at the six curves above the cursor: the highest curve there is the answer."
            ),
            "catalog.hinge_zero": self.tr(
                "The hinge loss max(0, 1 − y·a) is 0 once y·a reaches 1: go no further than that."
            ),
            "regression.fit": self.tr(
                "The best line sits at the centre of the contour map's ellipses: move w and b "
                "towards it."
            ),
            "regression.best_b": self.tr(
                "The J(b) slice is a parabola: its lowest point is the best b for this w."
            ),
            "regression.predict_j": self.tr(
                "J is half the mean of the squared residuals: look at the squares on the plot."
            ),
            "regression.click_minimum": self.tr(
                "The minimum is the centre of the innermost ellipse of the contour map."
            ),
            "regression.outlier": self.tr(
                "Squaring makes a large residual much larger, so its sample pulls harder on the "
                "line."
            ),
            "descent.first_optimizer": self.tr(
                "Look at the shape of the contours: along a long narrow valley plain gradient "
                "descent crawls, while per-parameter scaling (Adagrad, RMSprop, Adam) helps."
            ),
            "descent.after_ten": self.tr(
                "Each step goes against the gradient, η times its length: steps shrink as the "
                "walk nears the minimum, and the steep direction settles first."
            ),
            "descent.goldilocks": self.tr(
                "Too small a rate crawls, too large a rate bounces across the valley: try rates "
                "on the tab and watch J after 20 steps."
            ),
            "descent.largest_rate": self.tr(
                "Raise the learning rate on the tab until the walk stops settling: the answer is "
                "just below that."
            ),
            "classification.wrong_but_low": self.tr(
                "The loss −ln a depends only on the true class's probability a; the prediction "
                "is the largest probability."
            ),
            "classification.rank": self.tr(
                "Each loss is −ln of the probability given to the true class: the smaller that "
                "probability, the larger the loss."
            ),
            "classification.cross_entropy": self.tr(
                "Cross-entropy is entropy plus KL divergence: H(p, q) = H(p) + KL(p || q)."
            ),
        }
        return hints[kind]

    def choice(self, kind: str, key: str) -> str:
        """A choice of a CHOICE challenge: a loss, a Regression loss or an optimizer."""
        if kind == "regression.outlier":
            names = {
                "squared": self.tr("Squared error (MSE)"),
                "absolute": self.tr("Absolute error"),
            }
            return names[key]
        if kind == "descent.first_optimizer":
            names = {
                "gd": self.tr("Gradient descent"),
                "momentum": self.tr("Momentum"),
                "nesterov": self.tr("Nesterov"),
                "adagrad": self.tr("Adagrad"),
                "rmsprop": self.tr("RMSprop"),
                "adam": self.tr("Adam"),
            }
            return names[key]
        return loss_texts.name(key)

    def verdict(self, variant: Variant, verdict: Verdict) -> str:
        """The answer beside the attempt, with how far off it was."""
        kind = variant.kind
        text = self._catalog_or_line_verdict(kind, verdict)
        if text is not None:
            return text
        if kind == "descent.goldilocks":
            return self._goldilocks(variant, verdict)
        if kind == "descent.after_ten":
            return self.tr(
                "You said w = {w}, b = {b}; after 10 steps it is at w = {best_w}, b = {best_b} "
                "(off by {percent} % of the way it went)."
            ).format(
                w=number(verdict.value[0]),
                b=number(verdict.value[1]),
                best_w=number(verdict.answer[0]),
                best_b=number(verdict.answer[1]),
                percent=number(100 * verdict.error, 3),
            )
        if kind in ("regression.click_minimum", "regression.outlier", "descent.first_optimizer"):
            return self._predicted(variant, verdict)
        if kind == "descent.largest_rate":
            return self.tr(
                "You said η = {value}; the largest η that does not diverge is {answer} "
                "(2 / the largest curvature of J)."
            ).format(value=number(verdict.value), answer=number(verdict.answer))
        if kind == "classification.wrong_but_low":
            return self._wrong_but_low(variant, verdict)
        if kind == "classification.rank":
            return self.tr("You ranked {order}; by loss it is {answer}.").format(
                order=" ".join(verdict.value), answer=" ".join(verdict.answer)
            )
        name = "b" if kind == "regression.best_b" else "H(p, q)"
        return self.tr("You said {name} = {value}; {name} = {answer} (off by {error}).").format(
            name=name,
            value=number(verdict.value),
            answer=number(verdict.answer),
            error=number(verdict.error, 3),
        )

    def _catalog_or_line_task(self, kind: str, n) -> str | None:
        """The tasks of the Loss Catalog and the Regression tab (None for the others)."""
        if kind == "catalog.worst_loss":
            return self.tr(
                "On the all-six plot the cursor is at the margin t = y·a = {t}. Which of the six "
                "losses is largest there? Choose it, then Check."
            ).format(t=number(n["t"], 2))
        if kind == "catalog.hinge_zero":
            return self.tr(
                "The label is y = {y}. Set the prediction a on the plot so that the hinge loss "
                "is 0 with the smallest |a|, then Check."
            ).format(y=number(n["y"]))
        if kind == "regression.fit":
            return self.tr(
                "Move the line (drag it or type the weight w and the bias b) until J is within "
                "5 % of the best J, in as few moves as you can, then Check."
            )
        if kind == "regression.best_b":
            return self.tr(
                "The weight w stays at {w}. Read the J(b) slice: which bias b makes J smallest? "
                "Type b, then Check."
            ).format(w=number(n["w"]))
        if kind == "regression.predict_j":
            return self.tr(
                "J is hidden. What is J = half the mean squared error of the line "
                "z = {w}x + {b} on these samples? Type J, then Check."
            ).format(w=number(n["w"]), b=number(n["b"]))
        if kind == "regression.click_minimum":
            return self.tr(
                "J and the best-fit line are hidden. Click once on the contour map where J is "
                "smallest, then Check."
            )
        if kind == "regression.outlier":
            return self.tr(
                "The sample at x = {x} lies far off the line (y = {y}). Whose best fit does it "
                "move more: the squared error's (MSE) or the absolute error's? Choose, then Check."
            ).format(x=number(n["x"], 3), y=number(n["y"], 3))
        return None

    def _catalog_or_line_verdict(self, kind: str, verdict: Verdict) -> str | None:
        """The verdicts of the Catalog and two Regression challenges (None for the others)."""
        if kind == "catalog.worst_loss":
            return self.tr("You chose {chosen} ({value}); the largest is {worst} ({best}).").format(
                chosen=self.choice(kind, verdict.value),
                value=number(verdict.extra["value"]),
                worst=self.choice(kind, verdict.answer),
                best=number(verdict.extra["worst"]),
            )
        if kind == "catalog.hinge_zero":
            return self.tr(
                "You set a = {a}: hinge loss {loss}. The smallest |a| with loss 0 is a = {best}."
            ).format(
                a=number(verdict.value),
                loss=number(verdict.extra["loss"]),
                best=number(verdict.answer),
            )
        if kind == "regression.fit":
            return self.tr(
                "Your J = {value}; the best J = {best} ({percent} % above it, goal: at most 5 %)."
            ).format(
                value=number(verdict.value, 6),
                best=number(verdict.answer, 6),
                percent=number(100 * verdict.error, 3),
            )
        if kind == "regression.predict_j":
            return self.tr("You said J = {value}; J = {answer} (off by {percent} %).").format(
                value=number(verdict.value, 6),
                answer=number(verdict.answer, 6),
                percent=number(100 * verdict.error, 3),
            )
        return None

    def _predicted(self, variant: Variant, verdict: Verdict) -> str:
        kind = variant.kind
        if kind == "regression.click_minimum":
            return self.tr(
                "You clicked w = {w}, b = {b}; the minimum is at w = {best_w}, b = {best_b} (the "
                "star)."
            ).format(
                w=number(verdict.value[0]),
                b=number(verdict.value[1]),
                best_w=number(verdict.answer[0]),
                best_b=number(verdict.answer[1]),
            )
        if kind == "regression.outlier":
            return self.tr(
                "The outlier moves the squared error's best line by up to {squared}, the absolute "
                "error's by up to {absolute}."
            ).format(
                squared=number(verdict.extra["squared"], 3),
                absolute=number(verdict.extra["absolute"], 3),
            )
        steps = verdict.extra["steps"]
        chosen = self.choice(kind, verdict.value)
        if steps < 0:
            text = self.tr("{chosen} does not converge.").format(chosen=chosen)
        else:
            text = self.tr("{chosen} converges in {steps} steps.").format(
                chosen=chosen, steps=steps
            )
        return (
            text
            + " "
            + self.tr("{winner} arrives first, in {steps} steps.").format(
                winner=self.choice(kind, verdict.answer), steps=verdict.extra["best"]
            )
        )

    def _goldilocks(self, variant: Variant, verdict: Verdict) -> str:
        steps = verdict.extra["steps"]
        best = variant.answer
        if steps is not None:
            text = self.tr("η = {value} reaches J < 0.05 in {steps} steps.").format(
                value=number(verdict.value), steps=steps
            )
        elif verdict.reason == "diverged":
            text = self.tr("η = {value} diverges.").format(value=number(verdict.value))
        else:
            text = self.tr("η = {value} ends at J = {final} after 20 steps.").format(
                value=number(verdict.value), final=number(verdict.extra["final"])
            )
        return (
            text
            + " "
            + self.tr(
                "Rates from {low} to {high} work; η = {rate} needs the fewest steps ({steps})."
            ).format(
                low=number(best["low"], 3),
                high=number(best["high"], 3),
                rate=number(best["rate"], 3),
                steps=best["steps"],
            )
        )

    def _wrong_but_low(self, variant: Variant, verdict: Verdict) -> str:
        if verdict.reason == "no_student":
            return self.tr("Student E is no longer in the table.")
        if verdict.reason == "not_distribution":
            return self.tr("E's probabilities do not sum to 1.")
        guess = verdict.extra.get("predicted")
        predicted = "—" if guess is None else column_name(guess)
        return self.tr(
            "E's loss is {loss} (target {target}); the prediction is column {predicted}, the "
            "true class column {label}."
        ).format(
            loss=number(verdict.value),
            target=number(verdict.answer),
            predicted=predicted,
            label=column_name(int(variant.numbers["label"])),
        )
