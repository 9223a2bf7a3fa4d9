// Two SIP workers' agents on one UDP address (SharedPort): with the scope both bind and the
// kernel spreads datagrams from different source ports over both; without it the second bind
// fails, as an engine that did not ask for sharing must.
#include "sip/SharedPort.h"

#include <QTest>

#include <arpa/inet.h>
#include <atomic>
#include <memory>
#include <optional>
#include <netinet/in.h>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>

#include <sofia-sip/nta.h>
#include <sofia-sip/nta_stateless.h>
#include <sofia-sip/nta_tport.h>
#include <sofia-sip/sip_header.h>
#include <sofia-sip/tport.h>
#include <sofia-sip/sip_status.h>
#include <sofia-sip/su_wait.h>

using namespace centrale::sip;

namespace {

constexpr const char *kAddress = "127.0.45.1";
constexpr int kPort = 47200;
constexpr int kSources = 32; // source ports 47300..47331 on 127.0.45.2
constexpr int kFirstSource = 47300;

// One worker: its own thread, su_root and agent; counts the requests it is handed.
struct Worker {
    std::atomic<int> received{0};
    std::atomic<int> state{0}; // 0 starting, 1 bound, -1 bind failed
    std::atomic<bool> stop{false};
    std::thread thread;

    static int onMessage(nta_agent_magic_t *magic, nta_agent_t *agent, msg_t *msg, sip_t *)
    {
        if (magic)
            reinterpret_cast<Worker *>(magic)->received++;
        nta_msg_treply(agent, msg, SIP_200_OK, TAG_END());
        return 0;
    }

    void start(bool share)
    {
        thread = std::thread([this, share] {
            su_init();
            su_root_t *root = su_root_create(nullptr);
            nta_agent_t *agent = nullptr;
            {
                std::optional<SharedPortScope> scope;
                if (share)
                    scope.emplace();
                const QByteArray url = QByteArray("sip:") + kAddress + ':' + QByteArray::number(kPort) + ";transport=udp";
                agent = nta_agent_create(root, URL_STRING_MAKE(url.constData()), onMessage, reinterpret_cast<nta_agent_magic_t *>(this), NTATAG_UA(0),
                                         TAG_END());
            }
            state = agent ? 1 : -1;
            for (int i = 0; agent && !stop && i < 200; ++i) // at most 10 s
                su_root_step(root, 50);
            if (agent)
                nta_agent_destroy(agent);
            su_root_destroy(root);
            su_deinit();
        });
        for (int i = 0; state == 0 && i < 500; ++i)
            QTest::qWait(10);
    }
    void finish()
    {
        stop = true;
        if (thread.joinable())
            thread.join();
    }
};

// One OPTIONS from each source port (each from its own socket, so each is its own 4-tuple).
void sendFromSources()
{
    sockaddr_in dst{};
    dst.sin_family = AF_INET;
    dst.sin_port = htons(kPort);
    inet_pton(AF_INET, kAddress, &dst.sin_addr);
    for (int p = 0; p < kSources; ++p) {
        const int port = kFirstSource + p;
        const int fd = ::socket(AF_INET, SOCK_DGRAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_in src{};
        src.sin_family = AF_INET;
        src.sin_port = htons(quint16(port));
        inet_pton(AF_INET, "127.0.45.2", &src.sin_addr);
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&src), sizeof src), 0);
        const QByteArray req = "OPTIONS sip:probe@127.0.45.1:47200 SIP/2.0\r\n"
                               "Via: SIP/2.0/UDP 127.0.45.2:" +
                               QByteArray::number(port) + ";branch=z9hG4bKsp" + QByteArray::number(p) +
                               "\r\n"
                               "From: <sip:t@127.0.45.2>;tag=" +
                               QByteArray::number(p) +
                               "\r\n"
                               "To: <sip:probe@127.0.45.1>\r\n"
                               "Call-ID: sharedport-" +
                               QByteArray::number(p) +
                               "\r\n"
                               "CSeq: 1 OPTIONS\r\nMax-Forwards: 70\r\nContent-Length: 0\r\n\r\n";
        QCOMPARE(::sendto(fd, req.constData(), size_t(req.size()), 0, reinterpret_cast<sockaddr *>(&dst), sizeof dst), ssize_t(req.size()));
        ::close(fd);
    }
}

// One worker's loop with a shared and a private agent, and a peer socket; released in order.
struct PrivateRig {
    int peer = -1;
    su_root_t *root = nullptr;
    nta_agent_t *shared = nullptr, *own = nullptr;
    nta_leg_t *leg = nullptr;
    nta_outgoing_t *orq = nullptr;
    PrivateRig()
    {
        su_init();
        root = su_root_create(nullptr);
    }
    ~PrivateRig()
    {
        if (orq)
            nta_outgoing_destroy(orq);
        if (leg)
            nta_leg_destroy(leg);
        if (own)
            nta_agent_destroy(own);
        if (shared)
            nta_agent_destroy(shared);
        su_root_destroy(root);
        su_deinit();
        if (peer >= 0)
            ::close(peer);
    }
};

} // namespace

class TestSharedPort : public QObject {
    Q_OBJECT
    std::unique_ptr<Worker> m_a = std::make_unique<Worker>(), m_b = std::make_unique<Worker>();
    std::unique_ptr<PrivateRig> m_rig;

private slots:
    void cleanup()
    {
        m_a->finish();
        m_b->finish();
        m_a = std::make_unique<Worker>();
        m_b = std::make_unique<Worker>();
        m_rig.reset();
    }

    void sofiaBindsThroughCentrale() { QVERIFY(sharedPortAvailable()); }

    void twoAgentsOnOneAddressBothReceive()
    {
        m_a->start(true);
        QCOMPARE(m_a->state.load(), 1);
        m_b->start(true);
        QCOMPARE(m_b->state.load(), 1);
        sendFromSources();
        QTRY_COMPARE_WITH_TIMEOUT(m_a->received + m_b->received, kSources, 5000);
        QVERIFY2(m_a->received > 0 && m_b->received > 0,
                 qPrintable(QStringLiteral("worker A got %1, worker B %2").arg(m_a->received.load()).arg(m_b->received.load())));
    }

    // A worker's own requests (B legs, upstream REGISTER, OPTIONS) go out from its private
    // agent: the Via names the private port, so the answer comes back to that worker, not to
    // whichever worker the shared port's hash would pick.
    void privateAgentGetsTheAnswersToItsRequests()
    {
        m_rig = std::make_unique<PrivateRig>();
        PrivateRig &r = *m_rig;
        r.peer = ::socket(AF_INET, SOCK_DGRAM, 0);
        const int peer = r.peer;
        QVERIFY(peer >= 0);
        sockaddr_in pa{};
        pa.sin_family = AF_INET;
        pa.sin_port = htons(47400);
        inet_pton(AF_INET, "127.0.45.3", &pa.sin_addr);
        QCOMPARE(::bind(peer, reinterpret_cast<sockaddr *>(&pa), sizeof pa), 0);

        su_root_t *root = r.root;
        {
            SharedPortScope scope;
            r.shared =
                nta_agent_create(root, URL_STRING_MAKE("sip:127.0.45.1:47201;transport=udp"), Worker::onMessage, nullptr, NTATAG_UA(0), TAG_END());
        }
        r.own = nta_agent_create(root, URL_STRING_MAKE("sip:127.0.45.1:47202;transport=udp"), Worker::onMessage, nullptr, NTATAG_UA(0), TAG_END());
        QVERIFY(r.shared && r.own);
        const QByteArray ownPort = tport_name(tport_primaries(nta_agent_tports(r.own)))->tpn_port;
        QCOMPARE(ownPort, QByteArray("47202"));

        int answered = 0;
        auto onAnswer = [](nta_outgoing_magic_t *magic, nta_outgoing_t *, sip_t const *sip) {
            if (sip && sip->sip_status && sip->sip_status->st_status == 200)
                ++*reinterpret_cast<int *>(magic);
            return 0;
        };
        r.leg = nta_leg_tcreate(r.own, nullptr, nullptr, SIPTAG_FROM_STR("<sip:centrale@127.0.45.1>;tag=sp1"), SIPTAG_TO_STR("<sip:peer@127.0.45.3>"),
                                SIPTAG_CALL_ID_STR("sharedport-private"), TAG_END());
        r.orq = nta_outgoing_tcreate(r.leg, onAnswer, reinterpret_cast<nta_outgoing_magic_t *>(&answered), URL_STRING_MAKE("sip:127.0.45.3:47400"),
                                     SIP_METHOD_OPTIONS, URL_STRING_MAKE("sip:peer@127.0.45.3:47400"), TAG_END());
        QVERIFY(r.leg && r.orq);
        char buf[4096];
        ssize_t n = -1;
        sockaddr_in from{};
        socklen_t fromLen = sizeof from;
        for (int i = 0; i < 100 && n <= 0; ++i) { // at most 2 s
            su_root_step(root, 20);
            n = ::recvfrom(peer, buf, sizeof buf, MSG_DONTWAIT, reinterpret_cast<sockaddr *>(&from), &fromLen);
        }
        QVERIFY(n > 0);
        const QByteArray request(buf, int(n));
        QCOMPARE(QByteArray::number(ntohs(from.sin_port)), ownPort);
        QVERIFY2(request.contains(QByteArray("Via: SIP/2.0/UDP 127.0.45.1:" + ownPort + ';')), request.constData());
        // The answer, to where the Via says (as a peer does).
        auto header = [&](const char *name) {
            const qsizetype at = request.indexOf(QByteArray(QByteArray("\r\n") + name));
            return QByteArray(request.mid(at + 2, request.indexOf("\r\n", at + 2) - at - 2));
        };
        const QByteArray answer =
            QByteArray("SIP/2.0 200 OK\r\n" + header("Via:") + "\r\n" + header("From:") + "\r\nTo: <sip:peer@127.0.45.3>;tag=p1\r\n" +
                       header("Call-ID:") + "\r\n" + header("CSeq:") + "\r\nContent-Length: 0\r\n\r\n");
        sockaddr_in via{};
        via.sin_family = AF_INET;
        via.sin_port = htons(quint16(ownPort.toInt()));
        inet_pton(AF_INET, "127.0.45.1", &via.sin_addr);
        QCOMPARE(::sendto(peer, answer.constData(), size_t(answer.size()), 0, reinterpret_cast<sockaddr *>(&via), sizeof via),
                 ssize_t(answer.size()));
        for (int i = 0; i < 100 && !answered; ++i)
            su_root_step(root, 20);
        QCOMPARE(answered, 1);
    }

    void withoutTheScopeTheSecondBindFails()
    {
        m_a->start(false);
        QCOMPARE(m_a->state.load(), 1);
        m_b->start(true); // the first socket did not agree to share: the kernel refuses
        QCOMPARE(m_b->state.load(), -1);
    }
};

QTEST_GUILESS_MAIN(TestSharedPort)
#include "tst_sharedport.moc"
