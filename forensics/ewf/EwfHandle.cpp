#include "EwfHandle.h"

#include <QFile>
#include <QFileInfo>

#include <array>

namespace firebreak::ewf {

QString EwfError::text()
{
    if (!m_error)
        return QStringLiteral("unknown libewf error");
    std::array<char, 2048> buf{};
    // The backtrace lists every layer ("unable to open file", "unable to
    // read section", ...): keep the last two, which say what went wrong.
    const int n = libewf_error_backtrace_sprint(m_error, buf.data(), buf.size());
    QString all = n > 0 ? QString::fromUtf8(buf.data(), qMin<qsizetype>(n, buf.size() - 1)) : QString();
    if (all.isEmpty() && libewf_error_sprint(m_error, buf.data(), buf.size()) > 0)
        all = QString::fromUtf8(buf.data());
    clear();
    QStringList lines = all.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (QString &l : lines)
        l = l.trimmed();
    lines.removeAll(QString());
    if (lines.size() > 2)
        lines = lines.mid(lines.size() - 2);
    return lines.isEmpty() ? QStringLiteral("unknown libewf error") : lines.join(QStringLiteral(": "));
}

void EwfError::clear()
{
    if (m_error)
        libewf_error_free(&m_error);
    m_error = nullptr;
}

Handle::Handle()
{
    EwfError err;
    if (libewf_handle_initialize(&m_handle, &err) != 1) {
        m_initError = err.text();
        m_handle = nullptr;
    }
}

Handle::~Handle()
{
    if (m_open)
        (void)close();
    if (m_handle) {
        EwfError err;
        libewf_handle_free(&m_handle, &err);
    }
}

Status Handle::close()
{
    if (!m_open)
        return {};
    m_open = false;
    EwfError err;
    if (libewf_handle_close(m_handle, &err) != 0)
        return Error::failed(err.text());
    return {};
}

Result<QStringList> globSegments(const QString &firstSegment)
{
    const QByteArray name = QFile::encodeName(firstSegment);
    char **names = nullptr;
    int count = 0;
    EwfError err;
    if (libewf_glob(name.constData(), static_cast<size_t>(name.size()), LIBEWF_FORMAT_UNKNOWN, &names, &count, &err) !=
        1)
        return Error::failed(QStringLiteral("cannot find the segment files of %1: %2").arg(firstSegment, err.text()));
    QStringList out;
    for (int i = 0; i < count; ++i)
        out << QFile::decodeName(names[i]);
    EwfError freeErr;
    libewf_glob_free(names, count, &freeErr);
    if (out.isEmpty())
        return Error::notFound(QStringLiteral("%1: no EWF segment file found").arg(firstSegment));
    return out;
}

QString segmentName(const QString &firstSegment, int number)
{
    const QFileInfo fi(firstSegment);
    const QString ext = fi.suffix();
    const QString base = firstSegment.left(firstSegment.size() - ext.size());
    const bool lower = !ext.isEmpty() && ext.at(0).isLower();
    const QChar kind = ext.isEmpty() ? QLatin1Char('E') : ext.at(0).toUpper();
    QString suffix;
    if (number <= 99) {
        suffix = QString(kind) + QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
    } else {
        const int k = number - 100;
        suffix = QString(QChar(kind.unicode() + k / 676)) + QChar('A' + (k / 26) % 26) + QChar('A' + k % 26);
    }
    return base + (lower ? suffix.toLower() : suffix);
}

QString headerValue(libewf_handle_t *handle, const char *identifier)
{
    const auto *id = reinterpret_cast<const uint8_t *>(identifier);
    const size_t idLen = qstrlen(identifier);
    size_t size = 0;
    EwfError err;
    if (libewf_handle_get_utf8_header_value_size(handle, id, idLen, &size, &err) != 1 || size == 0)
        return {};
    QByteArray value(static_cast<qsizetype>(size), '\0');
    if (libewf_handle_get_utf8_header_value(handle, id, idLen, reinterpret_cast<uint8_t *>(value.data()), size, &err) !=
        1)
        return {};
    return QString::fromUtf8(value.constData());
}

} // namespace firebreak::ewf
