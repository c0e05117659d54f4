// compose(): facts → template data → HTML, plus the page furniture the
// template declares in <title> and <meta name="firebreak-…"> tags.

#include "Content.h"
#include "PagedInternals.h"
#include "Template.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace firebreak::documents {

namespace {

struct KindInfo {
    DocumentKind kind;
    const char *key;
    const char *label;
    const char *templateFile;
};

constexpr KindInfo kKinds[] = {
    {DocumentKind::Rfo, "rfo", QT_TRANSLATE_NOOP("Compose", "Reason for Outage"), "rfo.html"},
    {DocumentKind::Internal, "internal", QT_TRANSLATE_NOOP("Compose", "Post-incident report"), "internal.html"},
    {DocumentKind::Notice, "notice", QT_TRANSLATE_NOOP("Compose", "Notice draft"), "notice.html"},
    {DocumentKind::Custody, "custody", QT_TRANSLATE_NOOP("Compose", "Chain-of-custody form"), "custody.html"},
};

const KindInfo &info(DocumentKind k)
{
    for (const KindInfo &i : kKinds)
        if (i.kind == k)
            return i;
    return kKinds[0];
}

QString unescapeHtml(QString s)
{
    s.replace(QLatin1String("<br/>"), QLatin1String(" "));
    s.replace(QLatin1String("&lt;"), QLatin1String("<"));
    s.replace(QLatin1String("&gt;"), QLatin1String(">"));
    s.replace(QLatin1String("&quot;"), QLatin1String("\""));
    s.replace(QLatin1String("&#39;"), QLatin1String("'"));
    s.replace(QLatin1String("&nbsp;"), QString(QChar(0xA0)));
    s.replace(QLatin1String("&amp;"), QLatin1String("&"));
    return s.simplified();
}

QString metaValue(const QString &html, const QString &name)
{
    const QRegularExpression re(
        QStringLiteral("<meta\\s+name=\"%1\"\\s+content=\"([^\"]*)\"\\s*/?>").arg(QRegularExpression::escape(name)),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = re.match(html);
    return m.hasMatch() ? unescapeHtml(m.captured(1)) : QString();
}

QStringList headingsOf(const QString &html)
{
    static const QRegularExpression h2(QStringLiteral("<h2(?:\\s[^>]*)?>(.*?)</h2>"),
                                       QRegularExpression::CaseInsensitiveOption |
                                           QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QStringList out;
    for (auto it = h2.globalMatch(html); it.hasNext();) {
        QString text = it.next().captured(1);
        text.remove(tag);
        out << unescapeHtml(text);
    }
    return out;
}

} // namespace

QString documentKindKey(DocumentKind k)
{
    return QLatin1String(info(k).key);
}
QString documentKindLabel(DocumentKind k)
{
    return QCoreApplication::translate("Compose", info(k).label);
}

std::optional<DocumentKind> documentKindFromKey(const QString &key)
{
    for (const KindInfo &i : kKinds)
        if (key == QLatin1String(i.key))
            return i.kind;
    return std::nullopt;
}

QList<DocumentKind> allDocumentKinds()
{
    QList<DocumentKind> out;
    for (const KindInfo &i : kKinds)
        out << i.kind;
    return out;
}

QString paperSizeKey(PaperSize p)
{
    return p == PaperSize::Letter ? QStringLiteral("letter") : QStringLiteral("a4");
}

std::optional<PaperSize> paperSizeFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("a4"))
        return PaperSize::A4;
    if (k == QLatin1String("letter"))
        return PaperSize::Letter;
    return std::nullopt;
}

Result<DocumentSource> compose(const IncidentFacts &facts, const DocumentOptions &options)
{
    const QDateTime now = (options.generatedAt.isValid() ? options.generatedAt : facts.readAt).toUTC();
    const ContentInput in{facts, options, TimeFormat(options.zone), now};
    const QString dir = options.templateDir.isEmpty() ? userTemplateDir() : options.templateDir;

    QVariantMap data;
    Withheld withheld;
    switch (options.kind) {
    case DocumentKind::Rfo: data = rfoContext(in, withheld); break;
    case DocumentKind::Internal: data = internalContext(in); break;
    case DocumentKind::Notice: {
        auto d = noticeContext(in);
        if (!d)
            return d.error();
        data = *d;
        break;
    }
    case DocumentKind::Custody: {
        auto d = custodyContext(in);
        if (!d)
            return d.error();
        data = *d;
        break;
    }
    }

    const QString file = QLatin1String(info(options.kind).templateFile);
    auto text = loadTemplateText(file, dir);
    if (!text)
        return text.error();
    auto css = loadTemplateText(QStringLiteral("report.css"), dir);
    if (!css)
        return css.error();
    auto tmpl = Template::parse(file, *text);
    if (!tmpl)
        return tmpl.error();

    // The table of contents lists the <h2> headings; their page numbers
    // are only known after layout, so each entry carries a marker that
    // PagedDocument replaces with the page it finds the heading on.
    data.insert(QStringLiteral("toc"), QVariantList());
    auto html = tmpl->render(data);
    if (!html)
        return html.error();
    if (text->contains(QLatin1String("{{#toc}}"))) {
        QVariantList toc;
        const QStringList headings = headingsOf(*html);
        for (qsizetype i = 0; i < headings.size(); ++i)
            toc << row({{"heading", headings.at(i)}, {"page", tocPlaceholder()}});
        data.insert(QStringLiteral("toc"), toc);
        html = tmpl->render(data);
        if (!html)
            return html.error();
    }

    DocumentSource s;
    s.kind = options.kind;
    s.incidentId = facts.incident.id;
    s.html = *html;
    s.css = *css;
    s.paper = options.paper;
    s.marking = options.marking.trimmed();
    s.author = options.author;
    s.organisation = options.organisation.trimmed();
    s.logo = options.logo;
    s.generatedAt = now;
    static const QRegularExpression titleRe(QStringLiteral("<title>(.*?)</title>"),
                                            QRegularExpression::CaseInsensitiveOption |
                                                QRegularExpression::DotMatchesEverythingOption);
    const auto t = titleRe.match(s.html);
    s.title = t.hasMatch() ? unescapeHtml(t.captured(1))
                           : QStringLiteral("%1 %2").arg(documentKindLabel(options.kind), facts.incident.id);
    s.headerText = metaValue(s.html, QStringLiteral("firebreak-header"));
    if (s.headerText.isEmpty())
        s.headerText = QStringLiteral("%1 · %2").arg(facts.incident.id, documentKindLabel(options.kind));
    s.footerText = metaValue(s.html, QStringLiteral("firebreak-footer"));
    s.pageText = metaValue(s.html, QStringLiteral("firebreak-pages"));
    if (!s.pageText.contains(QLatin1String("{page}")))
        s.pageText = QCoreApplication::translate("Compose", "Page {page} of {pages}");
    s.subject = metaValue(s.html, QStringLiteral("firebreak-subject"));
    if (options.kind == DocumentKind::Rfo) {
        s.withheld = withheld.items();
        s.approvals = facts.customerTexts.all();
        s.approvals.removeIf([](const CustomerText &c) { return c.text.trimmed().isEmpty(); });
        // The customer's copy names no member of staff in its metadata either.
        s.author.clear();
    }
    return s;
}

} // namespace firebreak::documents
