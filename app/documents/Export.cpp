#include "Documents.h"

#include "model/CaseStore.h"
#include "model/Clock.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

namespace firebreak::documents {

Result<WrittenPdf> writePdf(const PagedDocument &doc, const QString &path, const PageProgress &progress)
{
    auto bytes = doc.pdf(progress);
    if (!bytes)
        return bytes.error();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::failed(
            QCoreApplication::translate("Export", "cannot write the PDF to %1: %2").arg(path, file.errorString()));
    if (file.write(*bytes) != bytes->size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return Error::failed(QCoreApplication::translate("Export", "cannot write the PDF to %1: %2").arg(path, why));
    }
    if (!file.commit())
        return Error::failed(
            QCoreApplication::translate("Export", "cannot write the PDF to %1: %2").arg(path, file.errorString()));
    WrittenPdf w;
    w.path = QFileInfo(path).absoluteFilePath();
    w.sha256 = QString::fromLatin1(QCryptographicHash::hash(*bytes, QCryptographicHash::Sha256).toHex());
    w.bytes = bytes->size();
    w.pages = doc.pageCount();
    return w;
}

Status recordExport(CaseStore &store, const DocumentSource &source, const WrittenPdf &written)
{
    QJsonObject data{{QStringLiteral("kind"), documentKindKey(source.kind)},
                     {QStringLiteral("title"), source.title},
                     {QStringLiteral("path"), written.path},
                     {QStringLiteral("sha256"), written.sha256},
                     {QStringLiteral("bytes"), QString::number(written.bytes)},
                     {QStringLiteral("pages"), written.pages},
                     {QStringLiteral("paper"), paperSizeKey(source.paper)},
                     {QStringLiteral("marking"), source.marking}};
    if (source.kind == DocumentKind::Rfo) {
        // What went to the customer and who approved each text; what was left out.
        QJsonArray approvals, withheld;
        for (const CustomerText &t : source.approvals)
            approvals.append(QJsonObject{{QStringLiteral("field"), t.field},
                                         {QStringLiteral("approved_by"), t.approvedBy},
                                         {QStringLiteral("approved_at"), toIsoUtc(t.approvedAt)}});
        for (const WithheldItem &w : source.withheld)
            withheld.append(w.what);
        data.insert(QStringLiteral("approvals"), approvals);
        data.insert(QStringLiteral("withheld"), withheld);
        data.insert(QStringLiteral("exported_by"), store.actor());
    }
    return store.changeAndAudit([&](QSqlDatabase &) -> Result<AuditEvent> {
        return AuditEvent{QStringLiteral("report.export"),
                          QStringLiteral("%1/report/%2").arg(source.incidentId, documentKindKey(source.kind)),
                          source.incidentId, data};
    });
}

} // namespace firebreak::documents
