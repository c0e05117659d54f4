#pragma once

// Internal to forensics/ewf and forensics/imaging: the only headers that
// include libewf.h. Nothing above forensics/ sees a libewf type.

#include "model/Result.h"

#include <QString>
#include <QStringList>

#include <libewf.h>

namespace firebreak::ewf {

// Holder for one libewf_error_t: every call that can fail gets `&err`, and
// text() turns it into a readable message and frees it. The destructor
// frees whatever was not consumed, so no error object leaks on any path.
class EwfError {
public:
    EwfError() = default;
    ~EwfError() { clear(); }
    EwfError(const EwfError &) = delete;
    EwfError &operator=(const EwfError &) = delete;

    libewf_error_t **operator&() { return &m_error; }
    // libewf's message (its last, most specific lines), then the error is freed.
    QString text();
    void clear();

private:
    libewf_error_t *m_error = nullptr;
};

// An owned libewf_handle_t, closed (if open) and freed on destruction.
class Handle {
public:
    Handle();
    ~Handle();
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;

    libewf_handle_t *get() const { return m_handle; }
    bool valid() const { return m_handle != nullptr; }
    QString initError() const { return m_initError; }
    void markOpen() { m_open = true; }
    // Closes now; the error (e.g. a failed final write) as a message.
    Status close();

private:
    libewf_handle_t *m_handle = nullptr;
    bool m_open = false;
    QString m_initError;
};

// The segment files of the set `firstSegment` belongs to (NAME.E01 ->
// NAME.E01, NAME.E02, ... as far as they exist in sequence).
Result<QStringList> globSegments(const QString &firstSegment);

// The segment file name libewf gives segment `number` (1-based) of the set
// whose first file is `firstSegment` (.E01 ... .E99, .EAA ... .ZZZ).
QString segmentName(const QString &firstSegment, int number);

// A UTF-8 header value ("case_number", ...), empty when absent.
QString headerValue(libewf_handle_t *handle, const char *identifier);

} // namespace firebreak::ewf
