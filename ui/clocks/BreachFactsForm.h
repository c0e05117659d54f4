#pragma once

#include "model/BreachDetails.h"

#include <QWidget>

class QLineEdit;
class QPlainTextEdit;

namespace firebreak::ui {

// The Art. 33(3) facts of a breach as a form: (a) nature, categories and
// approximate numbers of subjects and records, (b) contact point, (c)
// likely consequences, (d) measures. Every field is optional; the notice
// draft marks what is still missing.
class BreachFactsForm : public QWidget {
    Q_OBJECT
public:
    explicit BreachFactsForm(QWidget *parent = nullptr);

    void setDetails(const BreachDetails &details);
    BreachDetails details() const; // incidentId, updatedAt and rowVersion from the last setDetails
    // After a save: the stored record (new row version) becomes the basis
    // of the next save, without touching what is on screen.
    void rebase(const BreachDetails &stored) { m_loaded = stored; }

signals:
    void edited();

private:
    QPlainTextEdit *textArea(const QString &name, const QString &placeholder, int lines);
    QLineEdit *line(const QString &name, const QString &placeholder);

    BreachDetails m_loaded;
    QPlainTextEdit *m_nature;
    QLineEdit *m_subjectCategories;
    QLineEdit *m_subjectCount;
    QLineEdit *m_recordCategories;
    QLineEdit *m_recordCount;
    QLineEdit *m_contact;
    QPlainTextEdit *m_consequences;
    QPlainTextEdit *m_measures;
};

} // namespace firebreak::ui
