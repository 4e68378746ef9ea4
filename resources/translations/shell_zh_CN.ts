<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>Loss Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset this &amp;tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Loss Studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Loss Studio {version}&lt;/h3&gt;&lt;p&gt;Touch a loss function and watch it respond: drag a regression line and see the mean squared error move, watch gradient descent walk down a contour map, type a student&apos;s predicted probabilities and see the cross-entropy.&lt;/p&gt;&lt;p&gt;Built on chapter 3, “Loss functions”, of an introductory neural-network course, for lecturers on a projector and students on their laptops.&lt;/p&gt;&lt;p&gt;Python, PySide6, pyqtgraph and numpy.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Loss Studio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NumberField</name>
    <message>
        <source>Type a number; the field was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is far too long to be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{text}” is not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only finite numbers are allowed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The smallest allowed value is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The largest allowed value is {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The previous value is kept.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Tabs</name>
    <message>
        <source>Loss Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
