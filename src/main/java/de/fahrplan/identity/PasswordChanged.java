package de.fahrplan.identity;

/** An account got a new password: its sessions end (the one who set it logs in anew). */
public record PasswordChanged(String email) {}
