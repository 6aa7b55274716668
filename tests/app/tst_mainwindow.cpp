#include "DesktopTestClient.h"
#include "DesktopTestServer.h"
#include "MainWindow.h"

#include <QTabWidget>
#include <QtTest>

using namespace icc;
using namespace icc::test;

// The frame: logged in against a real server, every view is a tab.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_server.start(&error), qPrintable(error));
    }

    void everyViewIsATab()
    {
        DesktopTestClient client(m_server);
        QString error;
        QVERIFY2(client.login(QStringLiteral("ivan"), &error), qPrintable(error));
        QCOMPARE(client.session().role(), QStringLiteral("commander"));
        MainWindow window(client.context());
        window.show();
        auto *views = window.findChild<QTabWidget *>(QStringLiteral("views"));
        QVERIFY(views);
        QCOMPARE(views->count(), 7);
    }

private:
    DesktopTestServer m_server;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
