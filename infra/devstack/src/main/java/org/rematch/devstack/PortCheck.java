package org.rematch.devstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntPredicate;

/** Checks, before anything starts, that every port we are about to bind is free. */
public final class PortCheck {

    private PortCheck() {
    }

    /** The message for the first busy port among {@code ports} (component → port), if any. */
    public static Optional<String> firstBusy(Map<String, Integer> ports, IntPredicate isFree) {
        return ports.entrySet().stream()
                .filter(entry -> !isFree.test(entry.getValue()))
                .findFirst()
                .map(entry -> busyMessage(entry.getKey(), entry.getValue()));
    }

    public static String busyMessage(String component, int port) {
        return "Port " + port + " (" + component + ") is already in use — stop what uses it or set "
                + Ports.envName(component);
    }

    /** True when nothing listens on {@code port}: we can bind it on all interfaces and on the loopback. */
    public static boolean isFree(int port) {
        return canBind(new InetSocketAddress(port)) && canBind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }

    private static boolean canBind(InetSocketAddress address) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(address);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
