package org.rematch.gateway.status;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /platform/status: which services are running, for the index page and for people. */
@RestController
class PlatformStatusController {

    private final ServiceHealthProbe probe;

    PlatformStatusController(ServiceHealthProbe probe) {
        this.probe = probe;
    }

    @GetMapping("/platform/status")
    List<ServiceStatus> status() {
        return probe.probeAll();
    }
}
