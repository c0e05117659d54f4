#include "MainWindow.h"

namespace firebreak::ui {

MainWindow::MainWindow(const Clock &clock, QWidget *parent) : QMainWindow(parent), m_clock(clock) {}
MainWindow::~MainWindow() = default;

bool MainWindow::openStore(const QString &path)
{
    auto s = CaseStore::openSqlite(path, m_clock, defaultActor());
    if (!s)
        return false;
    m_store = std::move(s).value();
    return true;
}

} // namespace firebreak::ui
