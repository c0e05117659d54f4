// `report rfo|internal|notice|custody ID --out FILE.pdf`: printed documents;
// `report customer-text ID`: the customer RFO's allow-list (issue #20).
// These commands run under a QGuiApplication on the offscreen platform
// (see main.cpp), which is all QTextDocument and QPdfWriter need.

#include "CliSupport.h"
#include "app/documents/Documents.h"

namespace firebreak::cli {

namespace {

int report(Context &ctx, const QCommandLineParser &p, documents::DocumentKind kind)
{
    using namespace documents;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || !isIncidentId(pos.first()))
        return ctx.usage(QStringLiteral("expected one incident id (e.g. INC-2026-0001); see --help"));
    const QString id = pos.first();
    const QString out = p.value(QStringLiteral("out"));
    const bool preview = kind == DocumentKind::Rfo && p.isSet(QStringLiteral("preview"));
    if (out.trimmed().isEmpty() && !preview)
        return ctx.usage(QStringLiteral("--out FILE.pdf is required"));

    DocumentOptions o;
    o.kind = kind;
    auto paper = paperSizeFromKey(p.isSet(QStringLiteral("page-size")) ? p.value(QStringLiteral("page-size"))
                                                                       : QStringLiteral("a4"));
    if (!paper)
        return ctx.usage(
            QStringLiteral("--page-size must be a4 or letter, not '%1'").arg(p.value(QStringLiteral("page-size"))));
    o.paper = *paper;
    if (p.isSet(QStringLiteral("marking")))
        o.marking = p.value(QStringLiteral("marking"));
    if (p.isSet(QStringLiteral("zone"))) {
        const QTimeZone zone(p.value(QStringLiteral("zone")).toUtf8());
        if (!zone.isValid())
            return ctx.usage(QStringLiteral("--zone: unknown time zone '%1' (use an IANA name such as Europe/Paris)")
                                 .arg(p.value(QStringLiteral("zone"))));
        o.zone = zone;
    }
    o.clockId = kind == DocumentKind::Notice ? p.value(QStringLiteral("clock")) : QString();
    o.evidenceNumber = kind == DocumentKind::Custody ? p.value(QStringLiteral("item")) : QString();
    o.author = ctx.actor();
    o.organisation = p.value(QStringLiteral("organisation"));
    if (const QString logo = p.value(QStringLiteral("logo")); !logo.isEmpty()) {
        o.logo = QImage(logo);
        if (o.logo.isNull())
            return ctx.usage(QStringLiteral("--logo: cannot read an image from '%1' (PNG, JPEG or SVG)").arg(logo));
    }

    ResponseService *response = ctx.response();
    if (!response)
        return Failed;
    auto facts = gatherFacts(*ctx.store(), *response, *ctx.clocks(), id);
    if (!facts)
        return ctx.fail(facts.error());
    auto source = compose(*facts, o);
    if (!source)
        return ctx.fail(source.error());
    if (kind == DocumentKind::Rfo) {
        // The preview: what the customer's copy leaves out, and what it carries that someone approved.
        for (const WithheldItem &w : source->withheld)
            ctx.err() << "left out: " << w.what
                      << (w.field.isEmpty() ? QString()
                                            : QStringLiteral(" (approve a customer text: --field %1)").arg(w.field))
                      << Qt::endl;
        for (const CustomerText &t : source->approvals)
            ctx.err() << "customer text: " << t.field << ", approved by " << t.approvedBy << " at "
                      << t.approvedAt.toUTC().toString(Qt::ISODate) << Qt::endl;
        if (preview) {
            ctx.out() << QStringLiteral("%1: preview of the Reason for Outage; %2 item(s) left out, %3 approved "
                                        "customer text(s). Nothing was written.")
                             .arg(id)
                             .arg(source->withheld.size())
                             .arg(source->approvals.size())
                      << Qt::endl;
            return Ok;
        }
    }
    auto paged = PagedDocument::layout(*source);
    if (!paged)
        return ctx.fail(paged.error());
    auto written = writePdf(**paged, out);
    if (!written)
        return ctx.fail(written.error());
    if (Status s = recordExport(*ctx.store(), *source, *written); !s)
        return ctx.fail(
            Error::failed(QStringLiteral("%1 was written but its export could not be recorded in the audit trail: %2")
                              .arg(written->path, s.error().message)));
    if (kind == DocumentKind::Notice) {
        qsizetype chosen = 0;
        for (qsizetype i = 0; i < facts->clocks.size(); ++i)
            if (facts->clocks.at(i).rule.id == o.clockId)
                chosen = i;
        for (const QString &m : facts->noticeDrafts.value(chosen).missing)
            ctx.err() << "to complete: " << m << Qt::endl;
    }
    ctx.out() << QStringLiteral("%1: %2 of %3, %4 page(s), %5")
                     .arg(written->path, documentKindLabel(kind), id)
                     .arg(written->pages)
                     .arg(paperSizeKey(o.paper).toUpper())
              << Qt::endl;
    // sha256sum format, so `sha256sum -c` can check the file later.
    ctx.out() << written->sha256 << "  " << written->path << Qt::endl;
    return Ok;
}

// Lists the allow-list (each field's approved text beside its internal
// source), or approves one field's text for the customer.
int customerText(Context &ctx, const QCommandLineParser &p)
{
    using namespace documents;
    const QStringList pos = p.positionalArguments();
    if (pos.size() != 1 || !isIncidentId(pos.first()))
        return ctx.usage(QStringLiteral("expected one incident id (e.g. INC-2026-0001); see --help"));
    const QString id = pos.first();
    ResponseService *response = ctx.response();
    if (!response)
        return Failed;
    if (p.isSet(QStringLiteral("field"))) {
        if (!p.isSet(QStringLiteral("text")))
            return ctx.usage(QStringLiteral("--text is required with --field (\"\" withdraws the approval)"));
        auto saved =
            response->approveCustomerText(id, p.value(QStringLiteral("field")), p.value(QStringLiteral("text")));
        if (!saved)
            return ctx.fail(saved.error());
        ctx.out() << QStringLiteral("%1: customer-visible %2 %3 by %4")
                         .arg(id, saved->field,
                              saved->text.isEmpty() ? QStringLiteral("withdrawn") : QStringLiteral("approved"),
                              saved->approvedBy)
                  << Qt::endl;
        return Ok;
    }
    auto facts = gatherFacts(*ctx.store(), *response, *ctx.clocks(), id);
    if (!facts)
        return ctx.fail(facts.error());
    QStringList fields = customerTextSections();
    for (const ClockStatus &c : facts->clocks)
        for (const Notice &n : c.notices) {
            fields << customerNoticeField(QStringLiteral("reference"), n.id);
            if (!n.delayReason.trimmed().isEmpty())
                fields << customerNoticeField(QStringLiteral("delay-reason"), n.id);
        }
    for (const QString &field : fields) {
        ctx.out() << "== " << field << Qt::endl;
        const CustomerText *t = facts->customerTexts.find(field);
        ctx.out() << "customer: "
                  << (t ? QStringLiteral("%1\n  (approved by %2 at %3)")
                              .arg(t->text, t->approvedBy, t->approvedAt.toUTC().toString(Qt::ISODate))
                        : QStringLiteral("(none approved)"))
                  << Qt::endl;
        const QString source = customerTextSource(*facts, field);
        ctx.out() << "internal source: " << (source.isEmpty() ? QStringLiteral("(empty)") : source) << Qt::endl;
    }
    return Ok;
}

void declareCommon(QCommandLineParser &p)
{
    p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
    p.addOption(opt("out", "PDF file to write (atomically; an existing file is replaced).", "FILE"));
    p.addOption(opt("page-size", "a4 (default) or letter.", "SIZE"));
    p.addOption(opt("marking", "Classification marking on every page (default CONFIDENTIAL; \"\" for none).", "TEXT"));
    p.addOption(opt("zone", "Time zone of the reader (IANA name; default: this computer's).", "ZONE"));
    p.addOption(opt("organisation", "Organisation named at the top of every page.", "NAME"));
    p.addOption(opt("logo", "Image printed beside the organisation's name.", "FILE"));
}

Command make(documents::DocumentKind kind, const QString &synopsis, const QString &summary,
             const std::function<void(QCommandLineParser &)> &extra = {})
{
    return exports(
        rendersDocuments({{QStringLiteral("report"), documents::documentKindKey(kind)},
                          synopsis,
                          summary,
                          [extra](QCommandLineParser &p) {
                              declareCommon(p);
                              if (extra)
                                  extra(p);
                          },
                          [kind](Context &ctx, const QCommandLineParser &p) { return report(ctx, p, kind); }}));
}

} // namespace

QList<Command> reportCommands()
{
    using documents::DocumentKind;
    const QString common = QStringLiteral(
        "--out FILE.pdf [--page-size a4|letter] [--marking TEXT] [--zone ZONE] [--organisation NAME] [--logo FILE]");
    return {
        make(DocumentKind::Rfo, QStringLiteral("ID %1 [--preview]").arg(common),
             QStringLiteral("Reason-for-Outage report for the customer (PDF), from approved customer texts and facts."),
             [](QCommandLineParser &p) {
                 p.addOption(opt("preview", "List what the customer's copy leaves out and the approved texts it "
                                            "carries; write nothing."));
             }),
        {{QStringLiteral("report"), QStringLiteral("customer-text")},
         QStringLiteral("ID [--field FIELD --text TEXT]"),
         QStringLiteral("Texts approved for the customer RFO, beside their internal source; or approve one."),
         [](QCommandLineParser &p) {
             p.addPositionalArgument(QStringLiteral("ID"), QStringLiteral("Incident id."));
             p.addOption(opt("field",
                             "title, summary, impact, cause, actions, contact, notice-reference:<notice id> or "
                             "notice-delay-reason:<notice id>.",
                             "FIELD"));
             p.addOption(opt("text", "The text the customer reads (\"\" withdraws the approval).", "TEXT"));
         },
         customerText},
        make(DocumentKind::Internal, QStringLiteral("ID %1").arg(common),
             QStringLiteral("Internal post-incident report with timeline, evidence and audit verdict (PDF).")),
        make(DocumentKind::Notice, QStringLiteral("ID [--clock CLOCK] %1").arg(common),
             QStringLiteral("Draft of the notice a clock asks for (PDF; default: the most urgent clock)."),
             [](QCommandLineParser &p) { p.addOption(opt("clock", "Clock id, e.g. gdpr-art33.", "CLOCK")); }),
        make(DocumentKind::Custody, QStringLiteral("ID [--item E-001] %1").arg(common),
             QStringLiteral("Chain-of-custody form per evidence item (PDF; default: every item)."),
             [](QCommandLineParser &p) { p.addOption(opt("item", "Evidence number, e.g. E-001.", "ITEM")); }),
    };
}

} // namespace firebreak::cli
