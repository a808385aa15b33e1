package org.rematch.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void aBusyPortGivesOneClearLine() {
        var busy = PortCheck.firstBusy(Ports.defaults().byName(), port -> port != 8083);
        assertThat(busy).contains(
                "Port 8083 (matching) is already in use — stop what uses it or set REMATCH_PORT_MATCHING");
    }

    @Test
    void aBusyMailboxPortNamesItsVariable() {
        assertThat(PortCheck.firstBusy(Ports.defaults().byName(), port -> port != 8025)).contains(
                "Port 8025 (mailbox) is already in use — stop what uses it or set REMATCH_PORT_MAILBOX");
    }

    @Test
    void allFreeGivesNothing() {
        assertThat(PortCheck.firstBusy(Ports.defaults().byName(), port -> true)).isEmpty();
    }

    @Test
    void detectsAListeningSocket() throws Exception {
        try (ServerSocket onLoopback = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
             ServerSocket onAll = new ServerSocket(0)) {
            assertThat(PortCheck.isFree(onLoopback.getLocalPort())).isFalse();
            assertThat(PortCheck.isFree(onAll.getLocalPort())).isFalse();
        }
    }
}
