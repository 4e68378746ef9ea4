"""The Classification tab's state: the chapter's students, Table 3-2 and the "why not MSE" point.

Plain data (frozen dataclasses) with JSON round-trips; the losses, entropies and gradients
shown beside it come from :mod:`lossstudio.engine.classification`, called from the helpers
at the end of this module.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

import numpy as np

from lossstudio.engine import classification as engine
from lossstudio.model import serial
from lossstudio.model.serial import SceneError

BINARY = "binary"
MULTICLASS = "multiclass"
KINDS = (BINARY, MULTICLASS)
#: Multi-class rows have this many classes at least and at most.
MIN_CLASSES, MAX_CLASSES = 3, 6
MAX_STUDENTS = 12
#: The visible clip: with clipping on, every probability is kept inside [EPSILON, 1 - EPSILON].
EPSILON = 1e-7
#: A row whose probabilities sum to within this of 1 counts as a distribution.
SUM_TOLERANCE = 1e-6
#: The range of the "why not MSE" point.
W_RANGE, B_RANGE, Z_RANGE = (-6.0, 6.0), (-6.0, 6.0), (-8.0, 8.0)


@dataclass(frozen=True)
class Student:
    """One row of the students table.

    ``kind`` is ``"binary"`` (pass / fail: ``label`` is y in {0, 1} and ``predicted`` is
    ``(a,)``, the predicted probability that y = 1) or ``"multiclass"`` (``label`` is the
    index of the true class and ``predicted`` holds one probability per class).
    """

    name: str
    kind: str
    label: int
    predicted: tuple[float, ...]

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"kind must be one of {KINDS}, got {self.kind!r}")
        count = self.class_count
        if self.kind == BINARY and len(self.predicted) != 1:
            raise ValueError("a binary student has one predicted probability")
        if self.kind == MULTICLASS and not MIN_CLASSES <= count <= MAX_CLASSES:
            raise ValueError(f"a multi-class student has {MIN_CLASSES} to {MAX_CLASSES} classes")
        if not 0 <= self.label < count:
            raise ValueError(f"label {self.label} is not a class of {self.name!r}")
        if not all(math.isfinite(v) and 0.0 <= v <= 1.0 for v in self.predicted):
            raise ValueError("predicted probabilities must lie in [0, 1]")

    @property
    def binary(self) -> bool:
        return self.kind == BINARY

    @property
    def class_count(self) -> int:
        """Number of columns of the row: 2 for binary (a and 1 - a)."""
        return 2 if self.kind == BINARY else len(self.predicted)

    def one_hot(self) -> tuple[float, ...]:
        """The label as a vector: binary ``(y, 1 - y)``, multi-class one-hot."""
        if self.binary:
            return (float(self.label), 1.0 - self.label)
        return tuple(1.0 if j == self.label else 0.0 for j in range(self.class_count))

    def distribution(self) -> tuple[float, ...]:
        """The predicted probabilities per column: binary ``(a, 1 - a)``."""
        if self.binary:
            return (self.predicted[0], 1.0 - self.predicted[0])
        return self.predicted

    def total(self) -> float:
        """Sum of the predicted distribution (1 for a binary row by construction)."""
        return math.fsum(self.distribution())

    def sums_to_one(self) -> bool:
        return abs(self.total() - 1.0) <= SUM_TOLERANCE

    def with_probability(self, column: int, value: float) -> Student:
        """The row with column ``column`` set to ``value`` (binary: column 1 sets 1 - a)."""
        if self.binary:
            return replace(self, predicted=(value if column == 0 else 1.0 - value,))
        values = list(self.predicted)
        values[column] = value
        return replace(self, predicted=tuple(values))

    def normalised(self) -> Student:
        """The row divided by its sum; an all-zero row becomes uniform."""
        if self.binary:
            return self
        total = self.total()
        n = self.class_count
        values = [1.0 / n] * n if total == 0 else [v / total for v in self.predicted]
        return replace(self, predicted=tuple(min(1.0, v) for v in values))

    def to_json(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "label": self.label,
            "predicted": list(self.predicted),
        }

    @classmethod
    def from_json(cls, data: Any, where: str) -> Student:
        data = serial.mapping(data, where)
        name = serial.field(data, "name", where)
        if not isinstance(name, str) or not 0 < len(name) <= 40:
            raise SceneError(f"{where}.name: expected a short text")
        kind = serial.choice(data, "kind", where, KINDS)
        if kind == BINARY:
            predicted = serial.numbers(
                data, "predicted", where, min_length=1, max_length=1, minimum=0.0, maximum=1.0
            )
            label = serial.integer(data, "label", where, 0, 1)
        else:
            predicted = serial.numbers(
                data,
                "predicted",
                where,
                min_length=MIN_CLASSES,
                max_length=MAX_CLASSES,
                minimum=0.0,
                maximum=1.0,
            )
            label = serial.integer(data, "label", where, 0, len(predicted) - 1)
        return cls(name, kind, label, predicted)


def binary_student(name: str, label: int = 1, a: float = 0.5) -> Student:
    return Student(name, BINARY, label, (a,))


def multiclass_student(name: str, classes: int = 3, label: int = 0) -> Student:
    return Student(name, MULTICLASS, label, tuple([1.0 / classes] * classes))


#: The chapter's four students (FACTS.md, 3.3).
CHAPTER_STUDENTS: tuple[Student, ...] = (
    Student("A", BINARY, 1, (0.6,)),
    Student("B", BINARY, 1, (0.7,)),
    Student("C", MULTICLASS, 2, (0.2, 0.5, 0.3)),
    Student("D", MULTICLASS, 2, (0.2, 0.2, 0.6)),
)
#: Table 3-2's distribution p (excellent, pass, fail) and a second distribution q to compare.
TABLE_3_2_P = (0.7, 0.2, 0.1)
DEFAULT_Q = (0.5, 0.3, 0.2)
#: Cross-entropy = KL: p is student C's label (one-hot "fail"), q C's prediction; H(p) = 0.
STUDENT_C_PQ = ((0.0, 0.0, 1.0), (0.2, 0.5, 0.3))


@dataclass(frozen=True)
class ClassificationState:
    """Everything the person set on the Classification tab.

    students : the rows of the students table.
    clip : keep probabilities inside [EPSILON, 1 - EPSILON] so no loss is infinite.
    p, q : the information panel's two distributions over the same outcomes.
    w, b : the logistic model's point on the "why not MSE" loss maps.
    z : the pre-activation where the two gradients are compared; ``target`` its label y.
    """

    students: tuple[Student, ...] = CHAPTER_STUDENTS
    clip: bool = False
    p: tuple[float, ...] = TABLE_3_2_P
    q: tuple[float, ...] = DEFAULT_Q
    w: float = 1.5
    b: float = 0.0
    z: float = 4.0
    target: int = 0

    def __post_init__(self) -> None:
        if len(self.students) > MAX_STUDENTS:
            raise ValueError(f"at most {MAX_STUDENTS} students")
        if len(self.p) != len(self.q) or not 2 <= len(self.p) <= MAX_CLASSES:
            raise ValueError("p and q need the same number of outcomes (2 to 6)")
        for value in (*self.p, *self.q):
            if not (math.isfinite(value) and 0.0 <= value <= 1.0):
                raise ValueError("p and q must be probabilities in [0, 1]")
        for value, (low, high) in ((self.w, W_RANGE), (self.b, B_RANGE), (self.z, Z_RANGE)):
            if not (math.isfinite(value) and low <= value <= high):
                raise ValueError("w, b or z outside its range")
        if self.target not in (0, 1):
            raise ValueError("target must be 0 or 1")

    def with_student(self, row: int, student: Student) -> ClassificationState:
        students = list(self.students)
        students[row] = student
        return replace(self, students=tuple(students))

    def to_json(self) -> dict[str, Any]:
        return {
            "students": [student.to_json() for student in self.students],
            "clip": self.clip,
            "p": list(self.p),
            "q": list(self.q),
            "w": self.w,
            "b": self.b,
            "z": self.z,
            "target": self.target,
        }

    @classmethod
    def from_json(cls, data: Any) -> ClassificationState:
        where = "classification"
        data: Mapping[str, Any] = serial.mapping(data, where)
        rows = serial.field(data, "students", where)
        if not isinstance(rows, list) or len(rows) > MAX_STUDENTS:
            raise SceneError(f"{where}.students: expected a list of at most {MAX_STUDENTS}")
        students = tuple(
            Student.from_json(row, f"{where}.students[{index}]") for index, row in enumerate(rows)
        )
        p = serial.numbers(
            data, "p", where, min_length=2, max_length=MAX_CLASSES, minimum=0.0, maximum=1.0
        )
        q = serial.numbers(
            data, "q", where, min_length=2, max_length=MAX_CLASSES, minimum=0.0, maximum=1.0
        )
        if len(p) != len(q):
            raise SceneError(f"{where}: p and q must have the same length")
        return cls(
            students=students,
            clip=serial.boolean(data, "clip", where),
            p=p,
            q=q,
            w=serial.number(data, "w", where, *W_RANGE),
            b=serial.number(data, "b", where, *B_RANGE),
            z=serial.number(data, "z", where, *Z_RANGE),
            target=serial.integer(data, "target", where, 0, 1),
        )


def next_name(students: tuple[Student, ...]) -> str:
    """The first letter A, B, C, ... not yet used as a name."""
    used = {student.name for student in students}
    for code in range(ord("A"), ord("Z") + 1):
        if chr(code) not in used:
            return chr(code)
    return f"S{len(students) + 1}"


def normalised(values: tuple[float, ...]) -> tuple[float, ...]:
    """``values`` divided by their sum (uniform if they are all 0)."""
    total = math.fsum(values)
    if total == 0:
        return tuple([1.0 / len(values)] * len(values))
    return tuple(min(1.0, v / total) for v in values)


# --- derived numbers, all from the engine -------------------------------------------------------
def clipped(values, clip: bool) -> np.ndarray:
    """The probabilities the loss sees: with ``clip``, kept inside [EPSILON, 1 - EPSILON]."""
    values = np.asarray(values, dtype=np.float64)
    return np.clip(values, EPSILON, 1.0 - EPSILON) if clip else values


def sample_loss(student: Student, clip: bool = False) -> float:
    """``loss = -sum_j y_j ln a_j`` of one row (binary: ``-[y ln a + (1 - y) ln(1 - a)]``)."""
    if student.binary:
        a = clipped(student.predicted[0], clip)
        return float(engine.binary_cross_entropy(float(student.label), a))
    return float(engine.cross_entropy(student.one_hot(), clipped(student.predicted, clip)))


def sample_losses(state: ClassificationState) -> np.ndarray:
    """One loss per student, shape (m,)."""
    return np.array([sample_loss(s, state.clip) for s in state.students], dtype=np.float64)


def total_loss(state: ClassificationState) -> float:
    """The chapter's batch loss ``J = -sum_i sum_j y_ij ln a_ij`` (a sum, no 1/m)."""
    return float(np.sum(sample_losses(state)))


def mean_loss(state: ClassificationState) -> float:
    """``J / m``; 0 for an empty table."""
    losses = sample_losses(state)
    return float(np.mean(losses)) if losses.size else 0.0


def rounded_information_entropy(p, decimals: int = 2) -> tuple[np.ndarray, float]:
    """Table 3-2's way: each ``I = -ln p`` rounded to ``decimals``, then ``H = sum_j p_j I_j``.

    The chapter prints H = 0.804 this way (0.7 x 0.36 + 0.2 x 1.61 + 0.1 x 2.30); the exact
    entropy of (0.7, 0.2, 0.1) is 0.8018. Returns the rounded I and that sum.
    """
    p = np.asarray(p, dtype=np.float64)
    information = engine.information(p)
    rounded = np.where(np.isfinite(information), np.round(information, decimals), information)
    terms = np.where(p == 0, 0.0, p * np.where(np.isfinite(rounded), rounded, 0.0))
    return rounded, float(np.sum(terms))


def one_hot_index(p) -> int | None:
    """The index of the 1 when ``p`` is one-hot (a label), else ``None``."""
    values = [float(v) for v in p]
    ones = [j for j, v in enumerate(values) if v == 1.0]
    if len(ones) == 1 and all(v == 0.0 for j, v in enumerate(values) if j != ones[0]):
        return ones[0]
    return None


def is_student_c(p, q) -> bool:
    """``(p, q)`` is the chapter's student C: label "fail", prediction (0.2, 0.5, 0.3)."""
    return (tuple(p), tuple(q)) == STUDENT_C_PQ
