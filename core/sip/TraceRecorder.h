#pragma once
// The consumer of TraceCapture, on a thread of its own: masks secrets, reads each message's
// Call-ID, method, status and account, ties B legs to their call, sends live HEP3 when a
// collector is set, and writes batches into the bounded trace store.
#include "diagnostics/Hep3.h"
#include "sip/TraceCapture.h"
#include "store/TraceRepository.h"
#include <QHash>
#include <memory>
#include <mutex>
#include <thread>

namespace centrale::sip {

struct TraceSettings {
    TraceLimits limits;
    QString hep;              // "host:port" of a HEP3 collector; empty = off
    diagnostics::HepOptions hepOptions;
};

class TraceRecorder {
public:
    TraceRecorder(std::shared_ptr<TraceCapture> capture, QString tracePath, TraceSettings settings);
    ~TraceRecorder(); // stores what is left, then stops

    void setSettings(const TraceSettings &settings); // any thread
    // Turns one captured datagram into a trace message (masked, grouped); public for tests.
    static diagnostics::TraceMessage toMessage(const CapturedFrame &frame, const QHash<QByteArray, QByteArray> &groups);

private:
    void run();
    void sendHep(const QList<diagnostics::TraceMessage> &batch, const TraceSettings &s);

    std::shared_ptr<TraceCapture> m_capture;
    QString m_path;
    std::mutex m_settingsMutex;
    TraceSettings m_settings;
    QHash<QByteArray, QByteArray> m_groups; // B-leg Call-ID → A-leg Call-ID
    QList<QByteArray> m_groupOrder;         // oldest first, to keep m_groups bounded
    int m_hepSocket = -1;
    QString m_hepTarget;
    std::atomic<bool> m_stop{false};
    std::thread m_thread;
};

} // namespace centrale::sip
