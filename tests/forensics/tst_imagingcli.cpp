#include <QtTest>
class TestImagingCli : public QObject {
    Q_OBJECT
};
QTEST_GUILESS_MAIN(TestImagingCli)
#include "tst_imagingcli.moc"
