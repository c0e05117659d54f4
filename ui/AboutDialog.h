#pragma once

#include <QDialog>

namespace firebreak::ui {

// Version and the libraries actually loaded at run time (Qt, OpenSSL,
// SQLite, libewf): what a bug report or an expert report needs to cite.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "Qt 6.4.2", "OpenSSL 3.0.x …", … one line each, as shown and copied.
    static QStringList libraryVersions();
};

} // namespace firebreak::ui
