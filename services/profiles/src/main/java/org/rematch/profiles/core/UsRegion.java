package org.rematch.profiles.core;

/** Where in the US a mentee would like to train: the four US Census Bureau regions; none listed means anywhere. */
public enum UsRegion {
    NORTHEAST, MIDWEST, SOUTH, WEST
}
