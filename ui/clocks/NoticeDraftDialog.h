#pragma once

#include "model/clocks/ClockService.h"
#include "model/clocks/NoticeDraft.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace firebreak::ui {

class BreachFactsForm;

// The notice a clock asks for, pre-filled from the incident and its breach
// facts (Art. 33(3)). The facts are edited on the left and saved to the
// store (audited); the draft on the right follows them until the user
// edits it by hand. Leaves as a plain-text e-mail body (clipboard or file).
// TODO(reports issue): "Export PDF…" renders the same subject and body
// through the reports module once it exists; no button until then.
class NoticeDraftDialog : public QDialog {
    Q_OBJECT
public:
    NoticeDraftDialog(CaseStore &store, ClockService &service, const QString &incidentId, const QString &clockId,
                      QWidget *parent = nullptr);

    NoticeDraft draft() const; // as currently edited
    QStringList missing() const { return m_generated.missing; }

    // Writes "Subject: …", a blank line and the body as UTF-8. Errors are
    // shown inline and returned.
    Status saveText(const QString &path);
    Status saveFacts();
    void copyAsEmail();

    // Test seam: the next "Save as text…" writes here without a file dialog.
    static void setNextSavePath(const QString &path);

    void reject() override;

signals:
    void factsSaved(const QString &incidentId);

private:
    void regenerate();
    void factsEdited();
    void chooseSavePath();
    void setStatus(const QString &text);

    static QString s_nextSavePath;

    CaseStore &m_store;
    ClockService &m_service;
    QString m_incidentId;
    QString m_clockId;
    std::optional<ClockStatus> m_clock;
    std::optional<Incident> m_incident;
    NoticeDraft m_generated;
    bool m_factsDirty = false;
    bool m_handEdited = false;
    BreachFactsForm *m_facts;
    QPushButton *m_saveFacts;
    QLineEdit *m_subject;
    QPlainTextEdit *m_body;
    QListWidget *m_missing;
    QLabel *m_missingTitle;
    QPushButton *m_regenerate;
    QPushButton *m_copy;
    QPushButton *m_saveText;
    QPushButton *m_close;
    QLabel *m_status;
    QLabel *m_error;
};

} // namespace firebreak::ui
