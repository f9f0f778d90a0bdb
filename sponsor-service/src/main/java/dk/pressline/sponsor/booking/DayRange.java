package dk.pressline.sponsor.booking;

import java.time.LocalDate;

/** A run of days, both ends included. */
public record DayRange(LocalDate firstDay, LocalDate lastDay) {}
