#pragma once
// Several SIP workers on one address: each worker's nta agent binds the same UDP address with
// SO_REUSEPORT, and the kernel spreads datagrams over the sockets by a hash of the sender's
// address, so one peer always reaches the same worker.
//
// sofia-sip's transport has no option for SO_REUSEPORT (TPTAG_REUSE is SO_REUSEADDR, and only
// for TCP). Debian's libsofia-sip-ua calls its own tport_bind_socket() through the PLT for
// every primary socket it binds, so Centrale defines that function (SharedPort.cpp): it sets
// SO_REUSEPORT when the calling thread is inside a SharedPortScope and then calls sofia-sip's
// own definition. Outside a scope nothing changes, so an engine that did not ask for sharing
// still fails to bind an address someone holds.
namespace centrale::sip {

class SharedPortScope {
public:
    SharedPortScope(); // the agents this thread creates until the scope ends share their ports
    ~SharedPortScope();
    SharedPortScope(const SharedPortScope &) = delete;
    SharedPortScope &operator=(const SharedPortScope &) = delete;

private:
    bool m_previous;
};

// True when sofia-sip's binds go through Centrale's definition (the executable exports it and
// the dynamic linker resolved sofia-sip's call to it); false means sharing cannot work and a
// second worker's bind would fail, so the engine runs one worker.
bool sharedPortAvailable();

} // namespace centrale::sip
