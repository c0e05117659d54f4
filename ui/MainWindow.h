#pragma once

#include "model/CaseStore.h"

#include <QMainWindow>

namespace firebreak::ui {

// Placeholder: replaced by the real main window (incident list, detail).
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const Clock &clock, QWidget *parent = nullptr);
    ~MainWindow() override;
    bool openStore(const QString &path);

private:
    const Clock &m_clock;
    std::unique_ptr<CaseStore> m_store;
};

} // namespace firebreak::ui
