// The ladder dialog over a real trace file: a refused call's arrows in order, the final
// answer and Warning highlighted, clicking an arrow shows the whole message; the Help page
// lists this installation's addresses.
#include "common/AppContext.h"
#include "common/FileDialog.h"
#include "diagnostics/HelpPage.h"
#include "diagnostics/LadderWidget.h"
#include "diagnostics/TraceDialog.h"
#include "secrets/FileSecretStore.h"
#include "store/SettingsRepository.h"
#include "store/TraceRepository.h"

#include <QFile>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace centrale;
using namespace centrale::diagnostics;
using namespace centrale::ui;

namespace {
TraceMessage msg(int i, bool out, const QByteArray &text)
{
    TraceMessage m;
    m.timeUs = 1764700000000000 + i * 1000;
    m.outgoing = out;
    m.local = QStringLiteral("127.0.0.1:5060");
    m.remote = QStringLiteral("192.0.2.10:5070");
    m.callId = m.group = "refused@pbx";
    m.data = text;
    m.method = "INVITE";
    return m;
}
QByteArray response(const QByteArray &status, const QByteArray &extra = {})
{
    return "SIP/2.0 " + status + "\r\nVia: SIP/2.0/UDP 192.0.2.10:5070\r\nCall-ID: refused@pbx\r\nCSeq: 1 INVITE\r\n" + extra + "Content-Length: 0\r\n\r\n";
}
const QByteArray kInvite = "INVITE sip:0906123456@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.10:5070\r\nCall-ID: refused@pbx\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n";
} // namespace

class TestTraceDialog : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FileSecretStore> m_secrets;

private slots:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("c.sqlite")));
        QVERIFY(db);
        m_db = std::move(db).value();
        auto s = FileSecretStore::open(m_dir.filePath(QStringLiteral("s.json")));
        QVERIFY(s);
        m_secrets = std::move(s).value();
        auto repo = TraceRepository::open(TraceRepository::pathFor(m_db->path()));
        QVERIFY(repo);
        QVERIFY((*repo)->append({msg(0, false, kInvite), msg(1, true, response("407 Proxy Authentication Required")), msg(2, false, kInvite),
                                 msg(3, true, response("403 Forbidden", "Warning: 399 centrale \"+31906123456 is in a fraud-prone range\"\r\n"))})
                    .ok());
    }

    void ladderOfACall()
    {
        AppContext ctx{*m_db, *m_secrets, nullptr};
        TraceDialog dialog(ctx, QStringLiteral("refused@pbx"));
        QSignalSpy loaded(&dialog, &TraceDialog::loaded);
        QVERIFY(loaded.wait(5000));
        const Ladder &l = dialog.ladder()->ladder();
        QCOMPARE(l.arrows.size(), 4);
        QStringList labels;
        for (const auto &a : l.arrows)
            labels << a.label;
        QCOMPARE(labels, (QStringList{QStringLiteral("INVITE"), QStringLiteral("407 Proxy Authentication Required"), QStringLiteral("INVITE"),
                                      QStringLiteral("403 Forbidden")}));
        QVERIFY(l.arrows.at(3).final);
        QCOMPARE(l.arrows.at(3).warning, QStringLiteral("+31906123456 is in a fraud-prone range"));
        QCOMPARE(l.arrows.at(0).to, 1); // PBX → Centrale
        QCOMPARE(l.arrows.at(1).from, 1);
        QVERIFY(l.columns.first().contains(QLatin1String("192.0.2.10:5070")));

        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(dialog.ladder(), Qt::LeftButton, {}, dialog.ladder()->arrowRect(3).center());
        QVERIFY2(dialog.details()->toPlainText().contains(QLatin1String("Warning: 399 centrale")), qPrintable(dialog.details()->toPlainText()));

        const QString pcap = m_dir.filePath(QStringLiteral("x.pcap"));
        FileDialog::setNextPath(pcap);
        dialog.savePcap();
        QVERIFY(QFile::exists(pcap));
        QVERIFY(dialog.statusText().contains(QLatin1String("4 message")));
    }

    void unknownCallSaysSo()
    {
        AppContext ctx{*m_db, *m_secrets, nullptr};
        TraceDialog dialog(ctx, QStringLiteral("nope@pbx"));
        QSignalSpy loaded(&dialog, &TraceDialog::loaded);
        QVERIFY(loaded.wait(5000));
        QVERIFY(dialog.statusText().contains(QLatin1String("No SIP messages")));
    }

    void helpShowsTheServers()
    {
        QVERIFY(SettingsRepository(*m_db).set(QStringLiteral("sip.primary"), QStringLiteral("198.51.100.7:5060")).ok());
        AppContext ctx{*m_db, *m_secrets, nullptr};
        ui::HelpPage help(ctx);
        const QString text = help.browser()->toPlainText();
        QVERIFY2(text.contains(QLatin1String("198.51.100.7 port 5060")), qPrintable(text.left(800)));
        QVERIFY(text.contains(QLatin1String("SIP ALG")));
        QSignalSpy nav(&help, &ui::HelpPage::navigate);
        emit help.browser()->anchorClicked(QUrl(QStringLiteral("page:CallsPage")));
        QCOMPARE(nav.count(), 1);
        QCOMPARE(nav.first().first().toString(), QStringLiteral("centrale::ui::CallsPage"));
    }
};

QTEST_MAIN(TestTraceDialog)
#include "tst_tracedialog.moc"
