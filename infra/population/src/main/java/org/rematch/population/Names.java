package org.rematch.population;

import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/** Plausible given names and family names by the country a person studied in (US citizens: a US mix). */
final class Names {

    private Names() {
    }

    record Name(String given, String family) {
        String display() {
            return given + " " + family;
        }
    }

    private static final Map<String, List<List<String>>> BY_COUNTRY = Map.of(
            "IN", List.of(List.of("Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya", "Rahul", "Divya", "Sanjay", "Meera"),
                    List.of("Sharma", "Iyer", "Patel", "Reddy", "Nair", "Gupta", "Menon", "Rao", "Singh", "Kulkarni", "Das", "Joshi")),
            "PK", List.of(List.of("Ahmed", "Ayesha", "Bilal", "Fatima", "Hamza", "Sana", "Usman", "Zainab", "Omar", "Hira", "Faisal", "Mahnoor"),
                    List.of("Khan", "Qureshi", "Malik", "Siddiqui", "Butt", "Chaudhry", "Rahman", "Shah", "Raza", "Javed", "Aslam", "Hussain")),
            "EG", List.of(List.of("Mohamed", "Nour", "Youssef", "Mariam", "Karim", "Salma", "Mostafa", "Habiba", "Tarek", "Yasmin"),
                    List.of("Hassan", "Ibrahim", "Mahmoud", "Abdelrahman", "Fathy", "Saleh", "Mansour", "Farouk", "Gamal", "Nasser")),
            "NG", List.of(List.of("Chinedu", "Ngozi", "Oluwaseun", "Adaeze", "Tunde", "Funmilayo", "Emeka", "Aisha", "Ifeanyi", "Bisola"),
                    List.of("Okafor", "Adeyemi", "Eze", "Balogun", "Okonkwo", "Bello", "Nwosu", "Adebayo", "Obi", "Ogunleye")),
            "CN", List.of(List.of("Wei", "Li Na", "Jun", "Mei", "Hao", "Xin", "Lei", "Yan", "Chen", "Ying"),
                    List.of("Wang", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu")),
            "US", List.of(List.of("Emily", "Michael", "Sarah", "David", "Jessica", "Daniel", "Ashley", "Kevin", "Rachel", "Jason", "Maria", "Carlos"),
                    List.of("Johnson", "Williams", "Brown", "Garcia", "Miller", "Davis", "Martinez", "Lopez", "Wilson", "Patel", "Nguyen", "Thomas")));

    /** A name for someone who studied in {@code country} ({@code "US"} for US-citizen IMGs). */
    static Name draw(String country, RandomGenerator random) {
        List<List<String>> lists = BY_COUNTRY.getOrDefault(country, BY_COUNTRY.get("US"));
        List<String> given = lists.get(0);
        List<String> family = lists.get(1);
        return new Name(given.get(random.nextInt(given.size())), family.get(random.nextInt(family.size())));
    }

    /** Lower-case ASCII for an e-mail local part: "Li Na" → "li-na". */
    static String slug(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    static String language(String country, RandomGenerator random) {
        return switch (country) {
            case "IN" -> List.of("hi", "hi", "ta", "te", "ml", "mr").get(random.nextInt(6));
            case "PK" -> "ur";
            case "EG" -> "ar";
            case "NG" -> List.of("yo", "ig", "ha").get(random.nextInt(3));
            case "CN" -> "zh";
            default -> "es";
        };
    }

    static String homeTimeZone(String country) {
        return switch (country) {
            case "IN" -> "Asia/Kolkata";
            case "PK" -> "Asia/Karachi";
            case "EG" -> "Africa/Cairo";
            case "NG" -> "Africa/Lagos";
            case "CN" -> "Asia/Shanghai";
            default -> "America/New_York";
        };
    }

    static final List<String> US_TIME_ZONES =
            List.of("America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles");
}
