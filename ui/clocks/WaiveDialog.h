#pragma once

#include "model/clocks/ClockService.h"

#include <QDialog>
#include <QMessageBox>

#include <optional>

class QButtonGroup;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace firebreak::ui {

// Records a documented decision not to notify (GDPR Art. 33(5), the
// Art. 34(3) exceptions). Irreversible, so it asks for confirmation with
// the consequence spelled out (UX.md) before anything is written.
class WaiveDialog : public QDialog {
    Q_OBJECT
public:
    WaiveDialog(CaseStore &store, ClockService &service, const QString &incidentId, const QString &clockId,
                QWidget *parent = nullptr);

    QString validationProblem() const;
    QString selectedException() const; // empty for "none of these" or when the rule has none
    // The wording of the confirmation, for the box and for tests.
    QString consequence() const;

    void accept() override;

    // Test seam (as KeePassXC's MessageBox::setNextAnswer): the next
    // confirmation returns this answer without showing a box.
    // QMessageBox::Yes records the decision; anything else cancels.
    static void setNextAnswer(QMessageBox::StandardButton answer);

signals:
    void waived(const QString &incidentId, const QString &clockId);

private:
    bool needsPublicCommunication() const;
    void revalidate();
    void confirmed(bool yes);

    static std::optional<QMessageBox::StandardButton> s_nextAnswer;

    CaseStore &m_store;
    ClockService &m_service;
    QString m_incidentId;
    QString m_clockId;
    std::optional<ClockStatus> m_status;
    QButtonGroup *m_exceptions;
    QLineEdit *m_decidedBy;
    QPlainTextEdit *m_justification;
    QLabel *m_publicLabel;
    QPlainTextEdit *m_public; // Art. 34(3)(c): the public communication made instead
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace firebreak::ui
