<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>RegressionTab</name>
    <message>
        <source>This tab is being built.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
