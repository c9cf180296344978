package dev.quantsdk.persistence;

import dev.quantsdk.model.AmountBand;
import dev.quantsdk.model.Chamber;
import dev.quantsdk.model.TradeType;
import dev.quantsdk.model.discovery.Politician;
import dev.quantsdk.model.discovery.Trade;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Consumer;

/** Small helpers shared by the contract tests. */
final class Fixtures {

  /** A fixed clock reading, so every run writes the same rows. */
  static final Instant T0 = Instant.parse("2022-07-07T12:00:00Z");

  private Fixtures() {
  }

  /** Runs work in one transaction of a new entity manager. */
  static void inTransaction(EntityManagerFactory emf, Consumer<EntityManager> work) {
    EntityManager em = emf.createEntityManager();
    try {
      em.getTransaction().begin();
      work.accept(em);
      em.getTransaction().commit();
    } finally {
      if (em.getTransaction().isActive()) {
        em.getTransaction().rollback();
      }
      em.close();
    }
  }

  /** Virginia Foxx, House, NC05 (a representative in the bundled House data). */
  static Politician foxx() {
    Politician p = new Politician("Virginia Foxx", Chamber.HOUSE, "HOUSE|virginia foxx", T0);
    p.setState("NC");
    p.setDistrict("NC05");
    p.setBioguideId("F000450");
    return p;
  }

  /** A senator. */
  static Politician senator() {
    Politician p = new Politician("Thomas R Carper", Chamber.SENATE, "SENATE|thomas r carper", T0);
    p.setState("DE");
    return p;
  }

  /** A purchase of $1,001 - $15,000 disclosed 30 days later. */
  static Trade purchase(Politician politician, String ticker, LocalDate date, String naturalKey) {
    Trade t = new Trade(politician, date, TradeType.PURCHASE, "house", naturalKey, T0);
    t.setTicker(ticker);
    t.setOwner("SELF");
    t.setAmount(AmountBand.of(1_001, 15_000), "$1,001 - $15,000");
    t.setDisclosureDate(date.plusDays(30));
    return t;
  }
}
