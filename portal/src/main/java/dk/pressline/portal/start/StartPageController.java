package dk.pressline.portal.start;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: what the signed-in person can do, by role. */
@Controller
class StartPageController {

    @GetMapping("/")
    String start() {
        return "start";
    }
}
