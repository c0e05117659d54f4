#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QStringList>

namespace firebreak {

// Playbooks, clock rules and calendars are a few kilobytes; a file far
// bigger is a mistake or hostile, and must not be read whole into memory.
inline constexpr qint64 kMaxDataFileBytes = 1024 * 1024;

// Reads a data file of at most `limit` bytes. An empty file, a larger one,
// or one that keeps growing (a FIFO, /dev/zero) is refused with an error
// naming the file; at most limit + 1 bytes are ever read.
Result<QByteArray> readDataFile(const QString &path, qint64 limit = kMaxDataFileBytes);

// Shared by every loader of shipped/user data files (clock rules,
// calendars, playbooks): strict JSON with errors that read
// "FILE:LINE: PATH: reason", so a user can open the file at the line.
class JsonValidator {
public:
    JsonValidator(QString file, QByteArray raw) : m_file(std::move(file)), m_raw(std::move(raw)) {}

    // Parses the whole file; the top level must be an object.
    Result<QJsonObject> parseObject() const;

    // An error located at the object whose "id" is `id` (or line 1).
    Error fail(const QString &path, const QString &why, const QString &id = {}) const;
    // Rejects keys the schema does not know: a typo must not be ignored.
    std::optional<Error> onlyKeys(const QJsonObject &o, const QStringList &allowed, const QString &path,
                                  const QString &id = {}) const;
    // A list of strings (or absent); anything else is an error.
    Result<QStringList> stringList(const QJsonValue &v, const QString &path, const QString &id = {}) const;

    int lineOfId(const QString &id) const;

private:
    QString m_file;
    QByteArray m_raw;
};

} // namespace firebreak
