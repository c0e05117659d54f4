<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>firebreak::ui::InterruptedBanner</name>
    <message numerus="yes">
        <source>%n acquisitions never finished. First: %1</source>
        <translation>
            <numerusform>%n acquisition never finished. First: %1</numerusform>
            <numerusform>%n acquisitions never finished. First: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>firebreak::ui::ReportsPanel</name>
    <message numerus="yes">
        <source>%1 · %n page(s)</source>
        <translation>
            <numerusform>%1 · %n page</numerusform>
            <numerusform>%1 · %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrote &lt;b&gt;%1&lt;/b&gt; (%n page(s), %2 bytes)&lt;br/&gt;SHA-256 &lt;tt&gt;%3&lt;/tt&gt;</source>
        <translation>
            <numerusform>Wrote &lt;b&gt;%1&lt;/b&gt; (%n page, %2 bytes)&lt;br/&gt;SHA-256 &lt;tt&gt;%3&lt;/tt&gt;</numerusform>
            <numerusform>Wrote &lt;b&gt;%1&lt;/b&gt; (%n pages, %2 bytes)&lt;br/&gt;SHA-256 &lt;tt&gt;%3&lt;/tt&gt;</numerusform>
        </translation>
    </message>
</context>
</TS>
