#pragma once

#include "model/Result.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace firebreak::ui {

// Shown in place of the workspace when a case store cannot be opened: the
// file or team store address, the reason in words, what to check, and the
// ways forward (try again, open another, start a file). Inline rather than a
// message box so nothing blocks and tests can read it.
class StoreErrorPage : public QWidget {
    Q_OBJECT
public:
    explicit StoreErrorPage(QWidget *parent = nullptr);

    // `spec` is the file path or the team store address that failed;
    // `previousStore` is the store still open behind this page, if any.
    void showError(const QString &spec, const Error &error, const QString &previousStore);

    QString headline() const;
    QString reason() const;
    QString path() const;

signals:
    void openRequested();
    void newRequested();
    void backRequested();
    void retryRequested();

private:
    QLabel *m_headline;
    QLabel *m_path;
    QLabel *m_reason;
    QLabel *m_hint;
    QPushButton *m_retry;
    QPushButton *m_open;
    QPushButton *m_new;
    QPushButton *m_back;
};

} // namespace firebreak::ui
