<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EvidenceDetails</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n unreadable sector(s), filled with zeros&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n unreadable sector, filled with zeros&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n unreadable sectors, filled with zeros&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message numerus="yes">
        <source>%n affected system(s): %1</source>
        <translation>
            <numerusform>%n affected system: %1</numerusform>
            <numerusform>%n affected systems: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n containment action(s): %1</source>
        <translation>
            <numerusform>%n containment action: %1</numerusform>
            <numerusform>%n containment actions: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) logged, %1 with law enforcement.</source>
        <translation>
            <numerusform>%n contact logged, %1 with law enforcement.</numerusform>
            <numerusform>%n contacts logged, %1 with law enforcement.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s): %1</source>
        <translation>
            <numerusform>%n evidence item: %1</numerusform>
            <numerusform>%n evidence items: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RfoReport</name>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n system</numerusform>
            <numerusform>%n systems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>We preserved %n byte-for-byte disk image(s) of the affected systems before restoring them, so that the investigation can be verified independently.</source>
        <translation>
            <numerusform>We preserved %n byte-for-byte disk image of the affected systems before restoring them, so that the investigation can be verified independently.</numerusform>
            <numerusform>We preserved %n byte-for-byte disk images of the affected systems before restoring them, so that the investigation can be verified independently.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrective action(s) completed.</source>
        <translation>
            <numerusform>%n corrective action completed.</numerusform>
            <numerusform>%n corrective actions completed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrective action(s) under way, to be completed by %1.</source>
        <translation>
            <numerusform>%n corrective action under way, to be completed by %1.</numerusform>
            <numerusform>%n corrective actions under way, to be completed by %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrective action(s) under way.</source>
        <translation>
            <numerusform>%n corrective action under way.</numerusform>
            <numerusform>%n corrective actions under way.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Names and addresses of %n affected system(s)</source>
        <translation>
            <numerusform>Name and addresses of the affected system (%n)</numerusform>
            <numerusform>Names and addresses of %n affected systems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Details and hashes of %n evidence item(s)</source>
        <translation>
            <numerusform>Details and hashes of the evidence item (%n)</numerusform>
            <numerusform>Details and hashes of %n evidence items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Names and contacts of %n person(s) on the incident</source>
        <translation>
            <numerusform>Name and contacts of the person on the incident (%n)</numerusform>
            <numerusform>Names and contacts of %n people on the incident</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n third-party contact(s), law enforcement included</source>
        <translation>
            <numerusform>%n third-party contact, law enforcement included</numerusform>
            <numerusform>%n third-party contacts, law enforcement included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline entry(ies)</source>
        <translation>
            <numerusform>%n timeline entry</numerusform>
            <numerusform>%n timeline entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>firebreak::ui::AcquisitionDialog</name>
    <message numerus="yes">
        <source>%1 of %2 · %3/s · elapsed %4 · %5 left · %n bad sector(s)</source>
        <translation>
            <numerusform>%1 of %2 · %3/s · elapsed %4 · %5 left · %n bad sector</numerusform>
            <numerusform>%1 of %2 · %3/s · elapsed %4 · %5 left · %n bad sectors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>firebreak::ui::ClosePanel</name>
    <message numerus="yes">
        <source>&lt;b&gt;%n thing(s) block closing %1:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n thing blocks closing %1:&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n things block closing %1:&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>firebreak::ui::ContactsPanel</name>
    <message numerus="yes">
        <source>%n contact(s) · %1</source>
        <translation>
            <numerusform>%n contact · %1</numerusform>
            <numerusform>%n contacts · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>firebreak::ui::IncidentListPane</name>
    <message numerus="yes">
        <source>%1 · %n open</source>
        <translation>
            <numerusform>%1 · %n open</numerusform>
            <numerusform>%1 · %n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>firebreak::ui::IncidentWorkspace</name>
    <message numerus="yes">
        <source>C&amp;lose (%n blocking)</source>
        <translation>
            <numerusform>C&amp;lose (%n blocking)</numerusform>
            <numerusform>C&amp;lose (%n blocking)</numerusform>
        </translation>
    </message>
</context>
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
    <name>firebreak::ui::IsolationPanel</name>
    <message numerus="yes">
        <source>%n action(s) on %1%2</source>
        <translation>
            <numerusform>%n action on %1%2</numerusform>
            <numerusform>%n actions on %1%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n system</numerusform>
            <numerusform>%n systems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>firebreak::ui::MainWindow</name>
    <message numerus="yes">
        <source>Audit trail walked from its first entry at %1: intact, %n entries.</source>
        <translation>
            <numerusform>Audit trail walked from its first entry at %1: intact, %n entry.</numerusform>
            <numerusform>Audit trail walked from its first entry at %1: intact, %n entries.</numerusform>
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
    <message numerus="yes">
        <source>%n approved customer text(s); write or approve more with Customer texts…</source>
        <translation>
            <numerusform>%n approved customer text; write or approve more with Customer texts…</numerusform>
            <numerusform>%n approved customer texts; write or approve more with Customer texts…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>firebreak::ui::WorkspaceHeader</name>
    <message numerus="yes">
        <source>%n item(s) block closing →</source>
        <translation>
            <numerusform>%n item blocks closing →</numerusform>
            <numerusform>%n items block closing →</numerusform>
        </translation>
    </message>
</context>
</TS>
