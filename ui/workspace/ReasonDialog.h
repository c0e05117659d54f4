#pragma once

#include "model/Result.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace firebreak::ui {

// Asks for one required line of text (a reason, a new owner) and applies
// it through a service call. A refusal is shown inline and the dialog
// stays open with what was typed.
class ReasonDialog : public QDialog {
    Q_OBJECT
public:
    struct Spec {
        QString objectName;     // e.g. skipDialog
        QString editObjectName; // e.g. skipReasonEdit
        QString title;
        QString explanation; // what this does, shown above the field
        QString label;       // field label, e.g. "&Reason:"
        QString placeholder;
        QString required; // hint while empty, e.g. "A reason is required."
        QString okText;
        QString initial;
    };
    using Apply = std::function<Status(const QString &)>;

    ReasonDialog(const Spec &spec, Apply apply, QWidget *parent = nullptr);

    QString text() const;
    void accept() override;

signals:
    void applied();

private:
    void revalidate();

    Spec m_spec;
    Apply m_apply;
    QLineEdit *m_edit;
    QLabel *m_hint;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace firebreak::ui
