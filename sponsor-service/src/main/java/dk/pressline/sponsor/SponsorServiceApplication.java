package dk.pressline.sponsor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Advertisers' bookings of sponsored placements, event listings and job ads. */
@SpringBootApplication
public class SponsorServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(SponsorServiceApplication.class, args);
    }
}
