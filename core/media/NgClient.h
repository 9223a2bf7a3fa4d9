#pragma once
// Client of rtpengine's ng control protocol: "COOKIE BENCODED-DICT" over UDP, the reply
// carrying the same cookie. A request is retransmitted with its cookie (rtpengine answers a
// repeated cookie from its cache, so a retry never runs a command twice) and fails with a
// clear message after the last attempt. Non-blocking: the owner polls fd() in its own loop
// (the SIP engine registers it with its su_root) and calls readReady() and expire();
// call() is the blocking form for the CLI, the supervisor's health check and tests.
#include "util/Result.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QVariantMap>
#include <chrono>
#include <functional>
#include <memory>

namespace centrale::media {

class NgClient {
public:
    using Clock = std::chrono::steady_clock;
    using Reply = std::function<void(Result<QVariantMap>)>;

    struct Options {
        std::chrono::milliseconds retryAfter{300}; // doubled after each attempt
        int attempts = 3;
    };

    // address: HOST:PORT of rtpengine's listen-ng (IPv4 or [IPv6]).
    static Result<std::unique_ptr<NgClient>> open(const QString &address, Options options);
    static Result<std::unique_ptr<NgClient>> open(const QString &address) { return open(address, Options{}); }
    ~NgClient();
    NgClient(const NgClient &) = delete;
    NgClient &operator=(const NgClient &) = delete;

    int fd() const { return m_fd; }
    QString address() const { return m_address; }

    // Sends command (a dict with "command" and its arguments); reply runs exactly once, with the
    // reply dict when rtpengine's "result" is "ok" or "pong", else with an error naming the command
    // and rtpengine's reason (or the timeout).
    void send(const QVariantMap &command, Reply reply);
    // Reads every waiting datagram and completes the matching requests.
    void readReady();
    // Retransmits or fails requests whose time has come; returns when to call it next
    // (Clock::time_point::max() when nothing is pending).
    Clock::time_point expire(Clock::time_point now = Clock::now());
    int pending() const { return int(m_pending.size()); }

    // Blocking round trip; never on the SIP thread.
    Result<QVariantMap> call(const QVariantMap &command);

private:
    struct Request {
        QByteArray datagram;
        QString command;
        Reply reply;
        int attemptsLeft = 0;
        std::chrono::milliseconds interval{};
        Clock::time_point due;
    };
    NgClient(int fd, QString address, Options options) : m_fd(fd), m_address(std::move(address)), m_options(options) {}
    void transmit(const Request &r) const;
    void complete(const QByteArray &cookie, Result<QVariantMap> result);

    int m_fd = -1;
    QString m_address;
    Options m_options;
    QHash<QByteArray, Request> m_pending;
    quint64 m_sequence = 0;
    QByteArray m_prefix;
};

} // namespace centrale::media
