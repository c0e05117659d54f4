<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Acquisition</name>
    <message>
        <source>Acquisition of %1 to %2 (%3 %4) was interrupted: started %5 by %6 on %7 and never finished; the image %8 is incomplete</source>
        <translation>L&apos;acquisition de %1 vers %2 (%3 %4) a été interrompue : démarrée le %5 par %6 sur %7 et jamais terminée ; l&apos;image %8 est incomplète</translation>
    </message>
    <message>
        <source> (log: %1)</source>
        <translation> (journal : %1)</translation>
    </message>
</context>
<context>
    <name>AddEvidenceDialog</name>
    <message>
        <source>1 · registers, cache</source>
        <translation>1 · registres, cache</translation>
    </message>
    <message>
        <source>2 · memory: routing/ARP tables, process table, kernel statistics</source>
        <translation>2 · mémoire : tables de routage/ARP, table des processus, statistiques du noyau</translation>
    </message>
    <message>
        <source>3 · temporary file systems</source>
        <translation>3 · systèmes de fichiers temporaires</translation>
    </message>
    <message>
        <source>4 · disk</source>
        <translation>4 · disque</translation>
    </message>
    <message>
        <source>5 · remote logging and monitoring data</source>
        <translation>5 · journalisation distante et données de supervision</translation>
    </message>
    <message>
        <source>6 · physical configuration, network topology</source>
        <translation>6 · configuration physique, topologie réseau</translation>
    </message>
    <message>
        <source>7 · archival media</source>
        <translation>7 · supports d&apos;archivage</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Forces de l&apos;ordre</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Interlocuteur</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Case reference</source>
        <translation>Référence du dossier</translation>
    </message>
    <message>
        <source>Classifications</source>
        <translation>Qualifications</translation>
    </message>
    <message>
        <source>Clocks started</source>
        <translation>Délais lancés</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Collected at</source>
        <translation>Collectée le</translation>
    </message>
    <message>
        <source>Zone given</source>
        <translation>Fuseau indiqué</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Evidence no.</source>
        <translation>N° de preuve</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Examinateur</translation>
    </message>
    <message>
        <source>Contact point</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>Nature</source>
        <translation>Nature</translation>
    </message>
    <message>
        <source>Record categories</source>
        <translation>Catégories d&apos;enregistrements</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Performed at</source>
        <translation>Effectué le</translation>
    </message>
    <message>
        <source>Performed by</source>
        <translation>Effectué par</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Responsable de l&apos;incident</translation>
    </message>
    <message>
        <source>Detection method</source>
        <translation>Méthode de détection</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>Cinq pourquoi</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Déclencheur</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause première</translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation>Facteurs contributifs</translation>
    </message>
    <message>
        <source>Went well</source>
        <translation>Ce qui a bien marché</translation>
    </message>
    <message>
        <source>Went wrong</source>
        <translation>Ce qui a mal marché</translation>
    </message>
    <message>
        <source>Got lucky</source>
        <translation>Coups de chance</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Detected at</source>
        <translation>Détecté le</translation>
    </message>
    <message>
        <source>Aware at</source>
        <translation>Pris connaissance le</translation>
    </message>
</context>
<context>
    <name>ClassifyDialog</name>
    <message>
        <source>1 month</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 mois</translation>
    </message>
    <message>
        <source>%1 business days</source>
        <translation>%1 jours ouvrés</translation>
    </message>
    <message>
        <source>without undue delay</source>
        <translation>dans les meilleurs délais</translation>
    </message>
</context>
<context>
    <name>ClockDelays</name>
    <message>
        <source>unknown clock &quot;%1&quot;</source>
        <translation>délai inconnu « %1 »</translation>
    </message>
    <message>
        <source>%1 is not an SEC Form 8-K clock: an Attorney General delay applies only to a clock whose rule provides for it (%2)</source>
        <translation>%1 n&apos;est pas un délai SEC Form 8-K : un report par l&apos;Attorney General ne s&apos;applique qu&apos;à un délai dont la règle le prévoit (%2)</translation>
    </message>
    <message>
        <source>the %1 filing of %2 was already made (%3): there is nothing left to delay</source>
        <translation>le dépôt %1 de %2 a déjà été fait (%3) : il n&apos;y a plus rien à reporter</translation>
    </message>
    <message>
        <source>clock %1 of %2 was closed by a decision not to file</source>
        <translation>le délai %1 de %2 a été clos par une décision de ne pas déposer</translation>
    </message>
    <message>
        <source>clock %1 of %2 has no deadline to delay</source>
        <translation>le délai %1 de %2 n&apos;a pas d&apos;échéance à reporter</translation>
    </message>
    <message>
        <source>%1 of %2 already has all %3 periods of %4 (up to %5 days in all): beyond the final period only an SEC exemptive order can delay the filing, and that is not an Item 1.05(c) delay</source>
        <translation>%1 de %2 a déjà ses %3 périodes au titre de %4 (jusqu&apos;à %5 jours en tout) : au-delà de la période finale, seule une exemption accordée par la SEC peut différer le dépôt, et ce n&apos;est pas un report au titre de l&apos;Item 1.05(c)</translation>
    </message>
    <message>
        <source>the ground must be national-security or public-safety (the risks %1 names), not &quot;%2&quot;</source>
        <translation>le motif doit être national-security ou public-safety (les risques que nomme %1), pas « %2 »</translation>
    </message>
    <message>
        <source>the %1 of %2 is available only when disclosure poses a substantial risk to national security, not to public safety</source>
        <translation>la %1 au titre de %2 n&apos;est possible que si la publication présente un risque substantiel pour la sécurité nationale, pas pour la sécurité publique</translation>
    </message>
    <message>
        <source>name the Attorney General&apos;s determination by its reference (the letter or the DOJ/FBI case number)</source>
        <translation>désignez la décision de l&apos;Attorney General par sa référence (la lettre ou le numéro de dossier DOJ/FBI)</translation>
    </message>
    <message>
        <source>say why: what the Attorney General determined, as recorded (reason)</source>
        <translation>indiquez pourquoi : ce que l&apos;Attorney General a décidé, tel que consigné (motif)</translation>
    </message>
    <message>
        <source>the Attorney General&apos;s determination %1 is before the materiality determination %2 it concerns</source>
        <translation>la décision de l&apos;Attorney General du %1 précède la détermination du caractère significatif (%2) qu&apos;elle concerne</translation>
    </message>
    <message>
        <source>the Attorney General&apos;s determination %1 came after the %2 filing was due (%3): a delay cannot revive a missed deadline</source>
        <translation>la décision de l&apos;Attorney General du %1 est intervenue après l&apos;échéance du dépôt %2 (%3) : un report ne ressuscite pas une échéance manquée</translation>
    </message>
    <message>
        <source>give the period either in days or by its end, not both</source>
        <translation>indiquez la période soit en jours, soit par sa fin, pas les deux</translation>
    </message>
    <message>
        <source>a delay of %1 days is not a period</source>
        <translation>un report de %1 jours n&apos;est pas une période</translation>
    </message>
    <message>
        <source>the delay would end %1, before it starts: the %2 filing was otherwise due %3, and a period runs from that day</source>
        <translation>le report se terminerait le %1, avant de commencer : le dépôt %2 était dû le %3, et une période court à partir de ce jour</translation>
    </message>
    <message>
        <source>say how long the Attorney General delayed the filing: a number of days or the period&apos;s end</source>
        <translation>indiquez la durée du report décidé par l&apos;Attorney General : un nombre de jours ou la fin de la période</translation>
    </message>
    <message>
        <source>the %1 of %2 runs at most %3 days from %4 (until %5); %6 days were given</source>
        <translation>la %1 au titre de %2 dure au plus %3 jours à partir du %4 (jusqu&apos;au %5) ; %6 jours ont été indiqués</translation>
    </message>
    <message>
        <source>another delay of %1 was recorded meanwhile; look again</source>
        <translation>un autre report de %1 a été enregistré entre-temps ; vérifiez à nouveau</translation>
    </message>
</context>
<context>
    <name>ClockExplain</name>
    <message>
        <source>1st</source>
        <translation>1er</translation>
    </message>
    <message>
        <source>2nd</source>
        <translation>2e</translation>
    </message>
    <message>
        <source>3rd</source>
        <translation>3e</translation>
    </message>
    <message>
        <source>%1th</source>
        <translation>%1e</translation>
    </message>
    <message>
        <source>the latest %1 notice</source>
        <translation>la dernière notification %1</translation>
    </message>
    <message>
        <source>the %1 notice</source>
        <translation>la notification %1</translation>
    </message>
    <message>
        <source>the high-risk finding</source>
        <translation>le constat de risque élevé</translation>
    </message>
    <message>
        <source>classification as major</source>
        <translation>la qualification d&apos;incident majeur</translation>
    </message>
    <message>
        <source>the materiality determination</source>
        <translation>la détermination du caractère significatif</translation>
    </message>
    <message>
        <source>awareness</source>
        <translation>la prise de connaissance</translation>
    </message>
    <message>
        <source>starts when %1 is sent</source>
        <translation>démarre à l&apos;envoi de %1</translation>
    </message>
    <message>
        <source>%1 h after %2</source>
        <translation>%1 h après %2</translation>
    </message>
    <message>
        <source>%1 h after awareness %2 (binds: %3 h after %4 would be later, %5)</source>
        <translation>%1 h après la prise de connaissance, le %2 (s&apos;applique : %3 h après %4 serait plus tard, %5)</translation>
    </message>
    <message>
        <source>%1 (binds; the %2 h limit after awareness is later)</source>
        <translation>%1 (s&apos;applique ; la limite de %2 h après la prise de connaissance est plus tardive)</translation>
    </message>
    <message>
        <source>1 calendar month after %1</source>
        <translation>1 mois calendaire après %1</translation>
    </message>
    <message>
        <source>%1 calendar months after %2</source>
        <translation>%1 mois calendaires après %2</translation>
    </message>
    <message>
        <source>, same local time in %1, clamped to the month&apos;s end</source>
        <translation>, même heure locale en %1, ramenée au dernier jour du mois</translation>
    </message>
    <message>
        <source>%1 business day after %2 (%3 calendar</source>
        <translation>%1 jour ouvré après %2 (calendrier %3</translation>
    </message>
    <message>
        <source>; skipped: %1</source>
        <translation> ; jours exclus : %1</translation>
    </message>
    <message>
        <source>, by the %1 EDGAR cutoff: %2</source>
        <translation>, avant l&apos;heure limite EDGAR de %1 : %2</translation>
    </message>
    <message>
        <source>, by the %1 filing cutoff: %2</source>
        <translation>, avant l&apos;heure limite de dépôt de %1 : %2</translation>
    </message>
    <message>
        <source> (= %1)</source>
        <translation> (= %1)</translation>
    </message>
    <message>
        <source>without undue delay after %1</source>
        <translation>dans les meilleurs délais après %1</translation>
    </message>
    <message>
        <source>; internal target %1 h after it: %2 (a target, not a legal deadline)</source>
        <translation> ; objectif interne %1 h après : %2 (un objectif, pas une échéance légale)</translation>
    </message>
    <message>
        <source>initial period</source>
        <translation>période initiale</translation>
    </message>
    <message>
        <source>final period (extraordinary circumstances)</source>
        <translation>période finale (circonstances exceptionnelles)</translation>
    </message>
    <message>
        <source>extension</source>
        <translation>prolongation</translation>
    </message>
    <message>
        <source>%1, 1 day to %2, Attorney General determination %3</source>
        <translation>%1, 1 jour jusqu&apos;au %2, décision de l&apos;Attorney General %3</translation>
    </message>
    <message>
        <source>%1, %4 days to %2, Attorney General determination %3</source>
        <translation>%1, %4 jours jusqu&apos;au %2, décision de l&apos;Attorney General %3</translation>
    </message>
    <message>
        <source>delayed under %1 until %2</source>
        <translation>reporté au titre de %1 jusqu&apos;au %2</translation>
    </message>
    <message>
        <source>, the last business day of the period</source>
        <translation>, dernier jour ouvré de la période</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <extracomment>A clock&apos;s trigger (%1, e.g. &quot;awareness&quot;) and its instant (%2, a weekday, date, time and zone)</extracomment>
        <translation>%1, le %2</translation>
    </message>
</context>
<context>
    <name>ClockStatus</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>dépassé</translation>
    </message>
    <message>
        <source>without undue delay</source>
        <translation>dans les meilleurs délais</translation>
    </message>
    <message>
        <source>met</source>
        <translation>respecté</translation>
    </message>
    <message>
        <source>met late</source>
        <translation>respecté hors délai</translation>
    </message>
    <message>
        <source>waived</source>
        <translation>décision de ne pas notifier</translation>
    </message>
</context>
<context>
    <name>ClockText</name>
    <message>
        <source>met late</source>
        <translation>respecté en retard</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non démarré</translation>
    </message>
    <message>
        <source>without undue delay</source>
        <translation>dans les meilleurs délais</translation>
    </message>
    <message>
        <source>sent %1 to %2</source>
        <translation>envoyée %1 à %2</translation>
    </message>
    <message>
        <source> (ref. %1)</source>
        <translation> (réf. %1)</translation>
    </message>
    <message>
        <source> · %1 supplement%2</source>
        <translation> · %1 complément%2</translation>
    </message>
    <message>
        <source>Waiting for the %1 notice; starts when it is sent.</source>
        <translation>En attente de la notification %1 ; démarre à son envoi.</translation>
    </message>
    <message>
        <source>No hour limit: without undue delay. Running since %1 (%2).</source>
        <translation>Pas de délai en heures : dans les meilleurs délais. En cours depuis %1 (%2).</translation>
    </message>
    <message>
        <source>Met: initial notice %1%2.</source>
        <translation>Respecté : notification initiale %1%2.</translation>
    </message>
    <message>
        <source>Met late: initial notice %1, %2 after the deadline%3.</source>
        <translation>Respecté en retard : notification initiale %1, %2 après l&apos;échéance%3.</translation>
    </message>
    <message>
        <source>Waived: decided not to notify%1. %2</source>
        <translation>Levé : décision de ne pas notifier%1. %2</translation>
    </message>
    <message>
        <source>Deadline set when it starts</source>
        <translation>Échéance fixée au démarrage</translation>
    </message>
    <message>
        <source>No fixed deadline</source>
        <translation>Pas d&apos;échéance fixe</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance %1</translation>
    </message>
    <message>
        <source>Deadline: %1 (%2)</source>
        <translation>Échéance : %1 (%2)</translation>
    </message>
    <message>
        <source>Started: %1 (%2)</source>
        <translation>Démarré : %1 (%2)</translation>
    </message>
    <message>
        <source>No legal deadline · internal target %1</source>
        <translation>Pas d&apos;échéance légale · objectif interne %1</translation>
    </message>
</context>
<context>
    <name>ClosePanel</name>
    <message>
        <source>Mandatory step still open · %1</source>
        <translation>Étape obligatoire encore ouverte · %1</translation>
    </message>
    <message>
        <source>Notification clock %1 — record the notice, or a documented decision not to notify</source>
        <translation>Délai de notification %1 — enregistrez la notification, ou une décision motivée de ne pas notifier</translation>
    </message>
    <message>
        <source>Root cause not recorded</source>
        <translation>Cause racine non enregistrée</translation>
    </message>
    <message>
        <source>Root-cause analysis — write it on the RCA tab and save</source>
        <translation>Analyse des causes racines — rédigez-la dans l&apos;onglet RCA et enregistrez</translation>
    </message>
    <message>
        <source>Evidence — verify it again or document the discrepancy</source>
        <translation>Preuves — vérifiez-les à nouveau ou documentez l&apos;écart</translation>
    </message>
    <message>
        <source>Closing ends the response: steps, isolation, recovery and the root-cause analysis can no longer be changed, and the incident leaves the list of open incidents. The closing is recorded in the audit log under your name. Contacts, timeline entries and corrective actions can still be added. Reopening later needs a reason, which is recorded too.</source>
        <translation>La clôture met fin à la réponse : les étapes, l&apos;isolement, la reprise et l&apos;analyse des causes racines ne peuvent plus être modifiés, et l&apos;incident quitte la liste des incidents ouverts. La clôture est consignée dans le journal d&apos;audit sous votre nom. Les contacts, les entrées de chronologie et les actions correctives peuvent encore être ajoutés. Une réouverture ultérieure exige un motif, lui aussi consigné.</translation>
    </message>
</context>
<context>
    <name>Compose</name>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Reason for Outage</source>
        <translation>Rapport d&apos;incident (RFO)</translation>
    </message>
    <message>
        <source>Post-incident report</source>
        <translation>Rapport post-incident</translation>
    </message>
    <message>
        <source>Notice draft</source>
        <translation>Brouillon de notification</translation>
    </message>
    <message>
        <source>Chain-of-custody form</source>
        <translation>Formulaire de chaîne de possession</translation>
    </message>
</context>
<context>
    <name>ContentCommon</name>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Résolu</translation>
    </message>
    <message>
        <source>Service restored; investigation continuing</source>
        <translation>Service rétabli ; investigation en cours</translation>
    </message>
    <message>
        <source>Ongoing</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>not yet restored</source>
        <translation>pas encore rétabli</translation>
    </message>
    <message>
        <source>ongoing (%1 so far)</source>
        <translation>en cours (%1 jusqu&apos;ici)</translation>
    </message>
    <message>
        <source>Waiting: starts when the %1 notice is sent</source>
        <translation>En attente : démarre à l&apos;envoi de la notification %1</translation>
    </message>
    <message>
        <source>Open: %1 left</source>
        <translation>Ouvert : %1 restant</translation>
    </message>
    <message>
        <source>OVERDUE by %1, nothing sent</source>
        <translation>EN RETARD de %1, rien d&apos;envoyé</translation>
    </message>
    <message>
        <source>Open: without undue delay (no hour limit)</source>
        <translation>Ouvert : dans les meilleurs délais (pas de délai en heures)</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>Respecté</translation>
    </message>
    <message>
        <source>Met: sent %1 before the deadline</source>
        <translation>Respecté : envoyée %1 avant l&apos;échéance</translation>
    </message>
    <message>
        <source>Met late: sent %1 after the deadline</source>
        <translation>Respecté en retard : envoyée %1 après l&apos;échéance</translation>
    </message>
    <message>
        <source>Not notified (documented decision)</source>
        <translation>Non notifié (décision motivée)</translation>
    </message>
    <message>
        <source>Not verified</source>
        <translation>Non vérifié</translation>
    </message>
    <message>
        <source>Verified: hashes match</source>
        <translation>Vérifié : les empreintes concordent</translation>
    </message>
    <message>
        <source>MISMATCH: hashes differ</source>
        <translation>DIVERGENCE : les empreintes diffèrent</translation>
    </message>
    <message>
        <source>Verification failed</source>
        <translation>Échec de la vérification</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Forces de l&apos;ordre</translation>
    </message>
    <message>
        <source>sector size %1 bytes</source>
        <translation>taille de secteur %1 octets</translation>
    </message>
    <message>
        <source>Byte-for-byte image</source>
        <translation>Image bit à bit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>%1 (filled with zeros)</source>
        <translation>%1 (remplis de zéros)</translation>
    </message>
    <message>
        <source>Initial</source>
        <translation>Initiale</translation>
    </message>
    <message>
        <source>Supplement</source>
        <translation>Complément</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non démarré</translation>
    </message>
    <message>
        <source>without undue delay</source>
        <translation>dans les meilleurs délais</translation>
    </message>
    <message>
        <source>not sent</source>
        <translation>non envoyée</translation>
    </message>
    <message>
        <source>From %1 to %2 (%3).</source>
        <translation>Du %1 au %2 (%3).</translation>
    </message>
    <message>
        <source>Since %1; service not yet restored (%2 so far).</source>
        <translation>Depuis le %1 ; service pas encore rétabli (%2 à ce jour).</translation>
    </message>
    <message>
        <source>started %1</source>
        <translation>démarré le %1</translation>
    </message>
    <message>
        <source>not started yet</source>
        <translation>pas encore démarré</translation>
    </message>
</context>
<context>
    <name>CustodyDialog</name>
    <message>
        <source>Collected</source>
        <translation>Collectée</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Transférée</translation>
    </message>
    <message>
        <source>Examined</source>
        <translation>Examinée</translation>
    </message>
    <message>
        <source>Stored</source>
        <translation>Entreposée</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Restituée</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Remise</translation>
    </message>
</context>
<context>
    <name>CustodyForm</name>
    <message>
        <source>Transferred</source>
        <translation>Transféré</translation>
    </message>
    <message>
        <source>Examined</source>
        <translation>Examiné</translation>
    </message>
    <message>
        <source>Stored (storage changed)</source>
        <translation>Stocké (lieu de stockage modifié)</translation>
    </message>
    <message>
        <source>Returned</source>
        <translation>Restitué</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Libéré</translation>
    </message>
    <message>
        <source>, given in %1</source>
        <translation>, indiqué en %1</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Finalité : %1</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>À %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Méthode : %1</translation>
    </message>
    <message>
        <source>Recorded by %1</source>
        <translation>Enregistré par %1</translation>
    </message>
    <message>
        <source>%1 has no evidence items yet, so there is no custody form to print</source>
        <translation>%1 n&apos;a encore aucune pièce à conviction : il n&apos;y a pas de formulaire de chaîne de possession à imprimer</translation>
    </message>
    <message>
        <source> on %1</source>
        <translation> le %1</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>Acquired (byte-for-byte image)</source>
        <translation>Acquis (image bit à bit)</translation>
    </message>
    <message>
        <source>Entered in the evidence register</source>
        <translation>Inscrit au registre des preuves</translation>
    </message>
    <message>
        <source>Stored at %1</source>
        <translation>Stocké à %1</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collecté</translation>
    </message>
    <message>
        <source>%1 has no evidence item &apos;%2&apos; (its items: %3)</source>
        <translation>%1 n&apos;a pas de pièce &apos;%2&apos; (ses pièces : %3)</translation>
    </message>
    <message>
        <source>Transferred (this handover)</source>
        <translation>Transféré (cette remise)</translation>
    </message>
    <message>
        <source>(this handover)</source>
        <translation>(cette remise)</translation>
    </message>
    <message>
        <source>Recorded although the giver did not hold it by this record: %1</source>
        <translation>Enregistrée bien que le remettant n&apos;en fût pas détenteur selon ce registre : %1</translation>
    </message>
</context>
<context>
    <name>EvidenceDetails</name>
    <message>
        <source>sector %1%2 at byte %3 (%4)</source>
        <translation>secteur %1%2 à l&apos;octet %3 (%4)</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n unreadable sector(s), filled with zeros&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n secteur illisible, rempli de zéros&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n secteurs illisibles, remplis de zéros&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EvidenceListModel</name>
    <message>
        <source>not verified yet</source>
        <translation>pas encore vérifié</translation>
    </message>
    <message>
        <source>✓ Verified</source>
        <translation>✓ Vérifié</translation>
    </message>
    <message>
        <source>MISMATCH</source>
        <translation>DIVERGENCE</translation>
    </message>
    <message>
        <source>VERIFY FAILED</source>
        <translation>ÉCHEC DE VÉRIFICATION</translation>
    </message>
    <message>
        <source>image</source>
        <translation>image</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>cannot write the PDF to %1: %2</source>
        <translation>impossible d&apos;écrire le PDF dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message>
        <source>%1 (%2, UTC%3%4:%5)</source>
        <translation>%1 (%2, UTC%3%4:%5)</translation>
    </message>
    <message>
        <source>%1 d %2 h %3 min</source>
        <translation>%1 j %2 h %3 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>[internal path]</source>
        <translation>[chemin interne]</translation>
    </message>
    <message>
        <source>[internal address]</source>
        <translation>[adresse interne]</translation>
    </message>
    <message>
        <source>[internal system]</source>
        <translation>[système interne]</translation>
    </message>
    <message>
        <source>[name withheld]</source>
        <translation>[nom masqué]</translation>
    </message>
    <message>
        <source>[hash withheld]</source>
        <translation>[empreinte masquée]</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
</context>
<context>
    <name>Handover</name>
    <message>
        <source>custody form of %1 could not be made: %2</source>
        <translation>le formulaire de chaîne de possession de %1 n&apos;a pas pu être produit : %2</translation>
    </message>
    <message>
        <source>internal report could not be made: %1</source>
        <translation>le rapport interne n&apos;a pas pu être produit : %1</translation>
    </message>
    <message>
        <source>Cancelled; nothing was written.</source>
        <translation>Annulé ; rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>Incident</name>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Detect &amp; triage</source>
        <translation>Détection et tri</translation>
    </message>
    <message>
        <source>Isolate</source>
        <translation>Isolement</translation>
    </message>
    <message>
        <source>Collect evidence</source>
        <translation>Collecte des preuves</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Rétablissement</translation>
    </message>
    <message>
        <source>Root-cause analysis</source>
        <translation>Analyse des causes racines</translation>
    </message>
    <message>
        <source>Report &amp; close</source>
        <translation>Rapport et clôture</translation>
    </message>
</context>
<context>
    <name>IncidentListModel</name>
    <message>
        <source>Phase %1 of %2: %3</source>
        <translation>Phase %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>InternalReport</name>
    <message>
        <source>Empty: nothing recorded yet.</source>
        <translation>Vide : rien d&apos;enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Intact: every entry&apos;s hash recomputes and links to the previous one.</source>
        <translation>Intacte : l&apos;empreinte de chaque entrée se recalcule et la relie à la précédente.</translation>
    </message>
    <message>
        <source>BROKEN: the chain stops being provable at sequence number %1.</source>
        <translation>ROMPUE : la chaîne n&apos;est plus prouvable à partir du numéro de séquence %1.</translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation>Service rétabli</translation>
    </message>
    <message>
        <source>Verified clean</source>
        <translation>Vérifié sain</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
</context>
<context>
    <name>NoticeDraft</name>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>[to be completed: %1]</source>
        <translation>[à compléter : %1]</translation>
    </message>
    <message>
        <source>nature of the breach</source>
        <translation>nature de la violation</translation>
    </message>
    <message>
        <source>categories of data subjects</source>
        <translation>catégories de personnes concernées</translation>
    </message>
    <message>
        <source>approximate number of data subjects</source>
        <translation>nombre approximatif de personnes concernées</translation>
    </message>
    <message>
        <source>categories of records</source>
        <translation>catégories d&apos;enregistrements</translation>
    </message>
    <message>
        <source>approximate number of records</source>
        <translation>nombre approximatif d&apos;enregistrements</translation>
    </message>
    <message>
        <source>
Data subjects concerned: %1 (approximate number: %2).</source>
        <translation>
Personnes concernées : %1 (nombre approximatif : %2).</translation>
    </message>
    <message>
        <source>
Personal data records concerned: %1 (approximate number: %2).</source>
        <translation>
Enregistrements de données personnelles concernés : %1 (nombre approximatif : %2).</translation>
    </message>
    <message>
        <source>contact point (DPO)</source>
        <translation>point de contact (DPO)</translation>
    </message>
    <message>
        <source>likely consequences</source>
        <translation>conséquences probables</translation>
    </message>
    <message>
        <source>measures taken or proposed</source>
        <translation>mesures prises ou envisagées</translation>
    </message>
    <message>
        <source>data concerned</source>
        <translation>données concernées</translation>
    </message>
    <message>
        <source>[to be completed]</source>
        <translation>[à compléter]</translation>
    </message>
    <message>
        <source>[to be completed</source>
        <translation>[à compléter</translation>
    </message>
    <message>
        <source>To: %1
</source>
        <translation>Destinataire : %1
</translation>
    </message>
    <message>
        <source>Regarding: %1 (%2)
</source>
        <translation>Objet : %1 (%2)
</translation>
    </message>
    <message>
        <source>Notice: %1
</source>
        <translation>Notification : %1
</translation>
    </message>
    <message>
        <source>initial notification</source>
        <translation>notification initiale</translation>
    </message>
    <message>
        <source>supplementary information</source>
        <translation>informations complémentaires</translation>
    </message>
    <message>
        <source>Legal basis: %1

</source>
        <translation>Base juridique : %1

</translation>
    </message>
    <message>
        <source>Detected: %1
</source>
        <translation>Détecté : %1
</translation>
    </message>
    <message>
        <source>Aware: %1
</source>
        <translation>Connaissance : %1
</translation>
    </message>
    <message>
        <source>Notification due: %1
</source>
        <translation>Échéance de notification : %1
</translation>
    </message>
    <message>
        <source>%1. Reasons for the delay
</source>
        <translation>%1. Motifs du retard
</translation>
    </message>
    <message>
        <source>[to be completed: this notice is later than %1]

</source>
        <translation>[à compléter : cette notification intervient après le %1]

</translation>
    </message>
    <message>
        <source>reasons for the delay</source>
        <translation>motifs du retard</translation>
    </message>
    <message>
        <source>Contact: %1
</source>
        <translation>Contact : %1
</translation>
    </message>
    <message>
        <source>Materiality determined: %1
</source>
        <translation>Caractère significatif déterminé : %1
</translation>
    </message>
    <message>
        <source>Classified as major: %1
</source>
        <translation>Qualifié de majeur : %1
</translation>
    </message>
    <message>
        <source>High risk found: %1
</source>
        <translation>Risque élevé constaté : %1
</translation>
    </message>
    <message>
        <source>Deadline basis: %1
</source>
        <translation>Fondement de l&apos;échéance : %1
</translation>
    </message>
    <message>
        <source>Delayed under %1 (%2): Attorney General determination %3 of %4, %5; until %6
</source>
        <translation>Report au titre de %1 (%2) : décision de l&apos;Attorney General %3 du %4, %5 ; jusqu&apos;au %6
</translation>
    </message>
    <message>
        <source>risk to national security</source>
        <translation>risque pour la sécurité nationale</translation>
    </message>
    <message>
        <source>risk to public safety</source>
        <translation>risque pour la sécurité publique</translation>
    </message>
</context>
<context>
    <name>NoticeReport</name>
    <message>
        <source>%1 has no notification clocks, so there is no notice to draft; classify it first (firebreak-cli clock classify %1)</source>
        <translation>%1 n&apos;a aucun délai de notification, il n&apos;y a donc aucune notification à rédiger ; qualifiez-le d&apos;abord (firebreak-cli clock classify %1)</translation>
    </message>
    <message>
        <source>%1 has no clock &apos;%2&apos; (its clocks: %3)</source>
        <translation>%1 n&apos;a pas de délai &apos;%2&apos; (ses délais : %3)</translation>
    </message>
    <message>
        <source>without undue delay</source>
        <translation>dans les meilleurs délais</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>non démarré</translation>
    </message>
</context>
<context>
    <name>OpenStoreDialog</name>
    <message>
        <source>Team store password</source>
        <translation>Mot de passe de la base d&apos;équipe</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>votre identifiant de session</translation>
    </message>
    <message>
        <source>The server refused that password (try %1 of %2).</source>
        <translation>Le serveur a refusé ce mot de passe (essai %1 sur %2).</translation>
    </message>
    <message>
        <source>Team store: %1</source>
        <translation>Base d&apos;équipe : %1</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse : %1</translation>
    </message>
    <message>
        <source>Password of database login “%1”:</source>
        <translation>Mot de passe de l&apos;identifiant de base de données « %1 » :</translation>
    </message>
    <message>
        <source>It stays in memory until you quit and is never saved.</source>
        <translation>Il reste en mémoire jusqu&apos;à ce que vous quittiez et n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>kept in memory until you quit, never saved</source>
        <translation>gardé en mémoire jusqu&apos;à la fermeture, jamais enregistré</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>the %1 of %2 laid out to no pages</source>
        <translation>le document %1 de %2 ne tient sur aucune page</translation>
    </message>
</context>
<context>
    <name>PhaseNavigator</name>
    <message>
        <source>Skipped: %1</source>
        <translation>Ignorée : %1</translation>
    </message>
    <message>
        <source>Done by %1</source>
        <translation>Faite par %1</translation>
    </message>
    <message>
        <source>Mandatory</source>
        <translation>Obligatoire</translation>
    </message>
</context>
<context>
    <name>RecordKinds</name>
    <message>
        <source>the affected systems</source>
        <translation>les systèmes affectés</translation>
    </message>
    <message>
        <source>which notification clocks apply, from when</source>
        <translation>quels délais de notification s&apos;appliquent, et depuis quand</translation>
    </message>
    <message>
        <source>each system isolated, how, by whom, and how it was verified</source>
        <translation>chaque système isolé : comment, par qui, et comment cela a été vérifié</translation>
    </message>
    <message>
        <source>each contact with the third party</source>
        <translation>chaque contact avec le tiers</translation>
    </message>
    <message>
        <source>images or files in the evidence register</source>
        <translation>les images ou fichiers du registre des preuves</translation>
    </message>
    <message>
        <source>when service was restored (this ends the outage)</source>
        <translation>quand le service a été rétabli (fin de l&apos;interruption)</translation>
    </message>
    <message>
        <source>how the restored systems were verified clean</source>
        <translation>comment l&apos;assainissement des systèmes rétablis a été vérifié</translation>
    </message>
    <message>
        <source>the root cause, in the RCA</source>
        <translation>la cause racine, dans la RCA</translation>
    </message>
    <message>
        <source>each notice sent, against its clock</source>
        <translation>chaque notification envoyée, au regard de son délai</translation>
    </message>
    <message>
        <source>the report, once written</source>
        <translation>le rapport, une fois rédigé</translation>
    </message>
    <message>
        <source>Could not read the affected systems: %1</source>
        <translation>Impossible de lire les systèmes affectés : %1</translation>
    </message>
    <message>
        <source>No affected systems recorded yet.</source>
        <translation>Aucun système affecté enregistré pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Could not read the containment actions: %1</source>
        <translation>Impossible de lire les mesures de confinement : %1</translation>
    </message>
    <message>
        <source>No system isolated yet.</source>
        <translation>Aucun système isolé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Could not read the contacts log: %1</source>
        <translation>Impossible de lire le journal des contacts : %1</translation>
    </message>
    <message>
        <source>No contact logged yet.</source>
        <translation>Aucun contact consigné pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Could not read the evidence register: %1</source>
        <translation>Impossible de lire le registre des preuves : %1</translation>
    </message>
    <message>
        <source>No evidence registered yet.</source>
        <translation>Aucune preuve enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Could not read the recovery actions: %1</source>
        <translation>Impossible de lire les actions de reprise : %1</translation>
    </message>
    <message>
        <source>No verification recorded yet.</source>
        <translation>Aucune vérification enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Service restoration not recorded yet.</source>
        <translation>Rétablissement du service pas encore enregistré.</translation>
    </message>
    <message>
        <source>Verified clean: %1</source>
        <translation>Vérifié sain : %1</translation>
    </message>
    <message>
        <source>Service restored at %1.</source>
        <translation>Service rétabli le %1.</translation>
    </message>
    <message>
        <source>Could not read the RCA: %1</source>
        <translation>Impossible de lire la RCA : %1</translation>
    </message>
    <message>
        <source>Root cause: %1</source>
        <translation>Cause racine : %1</translation>
    </message>
    <message>
        <source>No root cause recorded yet.</source>
        <translation>Aucune cause racine enregistrée pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Kept with the notification clocks.</source>
        <translation>Suivi avec les délais de notification.</translation>
    </message>
    <message numerus="yes">
        <source>%n affected system(s): %1</source>
        <translation>
            <numerusform>%n système affecté : %1</numerusform>
            <numerusform>%n systèmes affectés : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n containment action(s): %1</source>
        <translation>
            <numerusform>%n mesure de confinement : %1</numerusform>
            <numerusform>%n mesures de confinement : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) logged, %1 with law enforcement.</source>
        <translation>
            <numerusform>%n contact consigné, dont %1 avec les forces de l&apos;ordre.</numerusform>
            <numerusform>%n contacts consignés, dont %1 avec les forces de l&apos;ordre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n evidence item(s): %1</source>
        <translation>
            <numerusform>%n pièce à conviction : %1</numerusform>
            <numerusform>%n pièces à conviction : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResponseRecords</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Supervisory authority / regulator</source>
        <translation>Autorité de contrôle / régulateur</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Forces de l&apos;ordre</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Assureur</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Likely</source>
        <translation>Probable</translation>
    </message>
    <message>
        <source>Possible</source>
        <translation>Possible</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolement</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Rétablissement</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
</context>
<context>
    <name>RestorePanel</name>
    <message>
        <source>Service restored</source>
        <translation>Service rétabli</translation>
    </message>
    <message>
        <source>Verified clean</source>
        <translation>Vérifié sain</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
</context>
<context>
    <name>RfoNotifications</name>
    <message>
        <source>Affected customers</source>
        <translation>Clients concernés</translation>
    </message>
    <message>
        <source>Data protection supervisory authority (GDPR Art. 33)</source>
        <translation>Autorité de contrôle de la protection des données (RGPD, art. 33)</translation>
    </message>
    <message>
        <source>People whose data is concerned (GDPR Art. 34)</source>
        <translation>Personnes dont les données sont concernées (RGPD, art. 34)</translation>
    </message>
    <message>
        <source>CSIRT or competent authority: early warning (NIS2)</source>
        <translation>CSIRT ou autorité compétente : alerte précoce (NIS2)</translation>
    </message>
    <message>
        <source>CSIRT or competent authority: incident notification (NIS2)</source>
        <translation>CSIRT ou autorité compétente : notification d&apos;incident (NIS2)</translation>
    </message>
    <message>
        <source>CSIRT or competent authority: final report (NIS2)</source>
        <translation>CSIRT ou autorité compétente : rapport final (NIS2)</translation>
    </message>
    <message>
        <source>Competent financial supervisor (DORA)</source>
        <translation>Autorité de surveillance financière compétente (DORA)</translation>
    </message>
    <message>
        <source>U.S. Securities and Exchange Commission (Form 8-K)</source>
        <translation>Securities and Exchange Commission des États-Unis (formulaire 8-K)</translation>
    </message>
    <message>
        <source>Pending: follows an earlier notification; not yet due.</source>
        <translation>En attente : fait suite à une notification antérieure ; pas encore due.</translation>
    </message>
    <message>
        <source>Pending: to be sent by %1.</source>
        <translation>En attente : à envoyer au plus tard le %1.</translation>
    </message>
    <message>
        <source>Pending: not sent yet; it was due by %1.</source>
        <translation>En attente : pas encore envoyée ; elle était due au plus tard le %1.</translation>
    </message>
    <message>
        <source>Pending: to be sent without undue delay.</source>
        <translation>En attente : à envoyer dans les meilleurs délais.</translation>
    </message>
    <message>
        <source>Sent.</source>
        <translation>Envoyée.</translation>
    </message>
    <message>
        <source>Sent on %1, after the deadline of %2.</source>
        <translation>Envoyée le %1, après l&apos;échéance du %2.</translation>
    </message>
    <message>
        <source>Sent on %1.</source>
        <translation>Envoyée le %1.</translation>
    </message>
    <message>
        <source>Reference: %1.</source>
        <translation>Référence : %1.</translation>
    </message>
    <message>
        <source>Reference of the notice to %1</source>
        <translation>Référence de la notification à : %1</translation>
    </message>
    <message>
        <source>Reasons for the delay: %1</source>
        <translation>Raisons du retard : %1</translation>
    </message>
    <message>
        <source>The reasons for the delay are documented in our records.</source>
        <translation>Les raisons du retard sont documentées dans nos dossiers.</translation>
    </message>
    <message>
        <source>Reasons for the delay of the notice to %1</source>
        <translation>Raisons du retard de la notification à : %1</translation>
    </message>
    <message>
        <source>Recipient and channel typed for the notice to %1 (the rule&apos;s recipient is shown)</source>
        <translation>Destinataire et canal saisis pour la notification à : %1 (le destinataire prévu par la règle est affiché)</translation>
    </message>
    <message>
        <source>Not notified, under a recognised exception: %1</source>
        <translation>Non notifiée, au titre d&apos;une exception reconnue : %1</translation>
    </message>
    <message>
        <source>Not notified, under a documented exception.</source>
        <translation>Non notifiée, au titre d&apos;une exception documentée.</translation>
    </message>
    <message>
        <source>Exception typed for the notice to %1</source>
        <translation>Exception saisie pour la notification à : %1</translation>
    </message>
    <message>
        <source>Justification of the decision not to notify %1</source>
        <translation>Justification de la décision de ne pas notifier : %1</translation>
    </message>
</context>
<context>
    <name>RfoReport</name>
    <message>
        <source>Containment</source>
        <translation>Confinement</translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation>Service rétabli</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Reprise</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Impact</source>
        <translation>Impact</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>What we did and are changing</source>
        <translation>Ce que nous avons fait et ce que nous changeons</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Incident title</source>
        <translation>Titre de l&apos;incident</translation>
    </message>
    <message>
        <source>Incident description</source>
        <translation>Description de l&apos;incident</translation>
    </message>
    <message>
        <source>Nature of the breach</source>
        <translation>Nature de la violation</translation>
    </message>
    <message>
        <source>People affected</source>
        <translation>Personnes concernées</translation>
    </message>
    <message>
        <source>Records concerned</source>
        <translation>Enregistrements concernés</translation>
    </message>
    <message>
        <source>Likely consequences</source>
        <translation>Conséquences probables</translation>
    </message>
    <message>
        <source>Root cause</source>
        <translation>Cause racine</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Élément déclencheur</translation>
    </message>
    <message>
        <source>Contributing factors</source>
        <translation>Facteurs contributifs</translation>
    </message>
    <message>
        <source>Measures taken</source>
        <translation>Mesures prises</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Action corrective</translation>
    </message>
    <message>
        <source>Contact point</source>
        <translation>Point de contact</translation>
    </message>
    <message>
        <source>%1: internal text not approved for the customer</source>
        <translation>%1 : texte interne non approuvé pour le client</translation>
    </message>
    <message>
        <source>Incident detected; response team engaged</source>
        <translation>Incident détecté ; équipe de réponse mobilisée</translation>
    </message>
    <message>
        <source>Containment measure taken</source>
        <translation>Mesure de confinement prise</translation>
    </message>
    <message>
        <source>Systems verified clean</source>
        <translation>Systèmes vérifiés sains</translation>
    </message>
    <message>
        <source>Recovery step</source>
        <translation>Étape de reprise</translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n système</numerusform>
            <numerusform>%n systèmes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of people affected (typed as text, not a plain number)</source>
        <translation>Nombre de personnes concernées (saisi en texte, pas un simple nombre)</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n enregistrement</numerusform>
            <numerusform>%n enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <source>Number of records concerned (typed as text, not a plain number)</source>
        <translation>Nombre d&apos;enregistrements concernés (saisi en texte, pas un simple nombre)</translation>
    </message>
    <message numerus="yes">
        <source>We preserved %n byte-for-byte disk image(s) of the affected systems before restoring them, so that the investigation can be verified independently.</source>
        <translation>
            <numerusform>Nous avons conservé %n image disque octet par octet des systèmes affectés avant de les restaurer, afin que l&apos;investigation puisse être vérifiée de manière indépendante.</numerusform>
            <numerusform>Nous avons conservé %n images disque octet par octet des systèmes affectés avant de les restaurer, afin que l&apos;investigation puisse être vérifiée de manière indépendante.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrective action(s) completed.</source>
        <translation>
            <numerusform>%n action corrective terminée.</numerusform>
            <numerusform>%n actions correctives terminées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrective action(s) under way, to be completed by %1.</source>
        <translation>
            <numerusform>%n action corrective en cours, à terminer d&apos;ici le %1.</numerusform>
            <numerusform>%n actions correctives en cours, à terminer d&apos;ici le %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n corrective action(s) under way.</source>
        <translation>
            <numerusform>%n action corrective en cours.</numerusform>
            <numerusform>%n actions correctives en cours.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Names and addresses of %n affected system(s)</source>
        <translation>
            <numerusform>Nom et adresses du système affecté (%n)</numerusform>
            <numerusform>Noms et adresses des %n systèmes affectés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Details and hashes of %n evidence item(s)</source>
        <translation>
            <numerusform>Détails et empreintes de la pièce à conviction (%n)</numerusform>
            <numerusform>Détails et empreintes des %n pièces à conviction</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Names and contacts of %n person(s) on the incident</source>
        <translation>
            <numerusform>Nom et coordonnées de la personne mobilisée sur l&apos;incident (%n)</numerusform>
            <numerusform>Noms et coordonnées des %n personnes mobilisées sur l&apos;incident</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n third-party contact(s), law enforcement included</source>
        <translation>
            <numerusform>%n contact avec un tiers, forces de l&apos;ordre comprises</numerusform>
            <numerusform>%n contacts avec des tiers, forces de l&apos;ordre comprises</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n timeline entry(ies)</source>
        <translation>
            <numerusform>%n entrée de chronologie</numerusform>
            <numerusform>%n entrées de chronologie</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Shipped</name>
    <message>
        <source>Compromised credentials</source>
        <translation>Identifiants compromis</translation>
    </message>
    <message>
        <source>Notify senior staff, the CTO included</source>
        <translation>Prévenir la direction, y compris le CTO</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>Responsable de l&apos;incident</translation>
    </message>
    <message>
        <source>CTO informed</source>
        <translation>CTO informé</translation>
    </message>
    <message>
        <source>Management informed</source>
        <translation>Direction informée</translation>
    </message>
    <message>
        <source>Next update time agreed</source>
        <translation>Heure du prochain point convenue</translation>
    </message>
    <message>
        <source>Establish scope and severity</source>
        <translation>Établir le périmètre et la gravité</translation>
    </message>
    <message>
        <source>Affected systems listed</source>
        <translation>Systèmes touchés listés</translation>
    </message>
    <message>
        <source>Detection source recorded</source>
        <translation>Source de détection consignée</translation>
    </message>
    <message>
        <source>Severity set</source>
        <translation>Gravité fixée</translation>
    </message>
    <message>
        <source>Awareness time recorded</source>
        <translation>Heure de prise de connaissance consignée</translation>
    </message>
    <message>
        <source>Decide which notification clocks apply</source>
        <translation>Décider quels délais de notification s&apos;appliquent</translation>
    </message>
    <message>
        <source>DPO / Legal</source>
        <translation>DPO / Juridique</translation>
    </message>
    <message>
        <source>Personal data question answered</source>
        <translation>Question des données personnelles tranchée</translation>
    </message>
    <message>
        <source>Regulated-sector questions answered</source>
        <translation>Questions des secteurs réglementés tranchées</translation>
    </message>
    <message>
        <source>Revoke sessions and reset the credentials</source>
        <translation>Révoquer les sessions et réinitialiser les identifiants</translation>
    </message>
    <message>
        <source>Identity team</source>
        <translation>Équipe identités</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Mot de passe réinitialisé</translation>
    </message>
    <message>
        <source>Sessions and tokens revoked</source>
        <translation>Sessions et jetons révoqués</translation>
    </message>
    <message>
        <source>MFA devices reviewed</source>
        <translation>Appareils MFA vérifiés</translation>
    </message>
    <message>
        <source>Mailbox rules reviewed</source>
        <translation>Règles de messagerie vérifiées</translation>
    </message>
    <message>
        <source>Isolate the affected systems</source>
        <translation>Isoler les systèmes touchés</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <source>Network access cut</source>
        <translation>Accès réseau coupé</translation>
    </message>
    <message>
        <source>Isolation verified from outside</source>
        <translation>Isolement vérifié depuis l&apos;extérieur</translation>
    </message>
    <message>
        <source>Compromised accounts disabled</source>
        <translation>Comptes compromis désactivés</translation>
    </message>
    <message>
        <source>Inform law enforcement of the attempted intrusion</source>
        <translation>Informer les forces de l&apos;ordre de la tentative d&apos;intrusion</translation>
    </message>
    <message>
        <source>Agency contacted</source>
        <translation>Service contacté</translation>
    </message>
    <message>
        <source>Case reference recorded</source>
        <translation>Référence du dossier consignée</translation>
    </message>
    <message>
        <source>Export sign-in and audit logs</source>
        <translation>Exporter les journaux de connexion et d&apos;audit</translation>
    </message>
    <message>
        <source>Forensics</source>
        <translation>Investigation numérique</translation>
    </message>
    <message>
        <source>Sign-in logs exported</source>
        <translation>Journaux de connexion exportés</translation>
    </message>
    <message>
        <source>Audit logs exported</source>
        <translation>Journaux d&apos;audit exportés</translation>
    </message>
    <message>
        <source>Capture volatile evidence first</source>
        <translation>Capturer d&apos;abord les preuves volatiles</translation>
    </message>
    <message>
        <source>Memory captured</source>
        <translation>Mémoire capturée</translation>
    </message>
    <message>
        <source>Network state captured</source>
        <translation>État réseau capturé</translation>
    </message>
    <message>
        <source>Take a byte-for-byte image of each affected system</source>
        <translation>Faire une image octet par octet de chaque système touché</translation>
    </message>
    <message>
        <source>Images acquired</source>
        <translation>Images acquises</translation>
    </message>
    <message>
        <source>Hashes verified</source>
        <translation>Empreintes vérifiées</translation>
    </message>
    <message>
        <source>Originals stored and labelled</source>
        <translation>Originaux entreposés et étiquetés</translation>
    </message>
    <message>
        <source>Restore normal operations</source>
        <translation>Rétablir le fonctionnement normal</translation>
    </message>
    <message>
        <source>Systems rebuilt or cleaned</source>
        <translation>Systèmes reconstruits ou nettoyés</translation>
    </message>
    <message>
        <source>Credentials rotated</source>
        <translation>Identifiants renouvelés</translation>
    </message>
    <message>
        <source>Service restored time recorded</source>
        <translation>Heure de rétablissement du service consignée</translation>
    </message>
    <message>
        <source>Verify the restored systems are clean</source>
        <translation>Vérifier que les systèmes rétablis sont sains</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <source>IoC sweep done</source>
        <translation>Recherche des IoC faite</translation>
    </message>
    <message>
        <source>Monitoring in place</source>
        <translation>Surveillance en place</translation>
    </message>
    <message>
        <source>Root-cause analysis</source>
        <translation>Analyse des causes</translation>
    </message>
    <message>
        <source>Detection method recorded</source>
        <translation>Méthode de détection consignée</translation>
    </message>
    <message>
        <source>Root cause recorded</source>
        <translation>Cause première consignée</translation>
    </message>
    <message>
        <source>Five whys done</source>
        <translation>Cinq pourquoi faits</translation>
    </message>
    <message>
        <source>Corrective actions assigned</source>
        <translation>Actions correctives attribuées</translation>
    </message>
    <message>
        <source>Reason-for-Outage report to customers</source>
        <translation>Rapport d&apos;incident (RFO) aux clients</translation>
    </message>
    <message>
        <source>RFO drafted</source>
        <translation>RFO rédigé</translation>
    </message>
    <message>
        <source>RFO reviewed</source>
        <translation>RFO relu</translation>
    </message>
    <message>
        <source>RFO sent</source>
        <translation>RFO envoyé</translation>
    </message>
    <message>
        <source>Internal post-incident review</source>
        <translation>Revue post-incident interne</translation>
    </message>
    <message>
        <source>Review held</source>
        <translation>Revue tenue</translation>
    </message>
    <message>
        <source>Report filed</source>
        <translation>Rapport classé</translation>
    </message>
    <message>
        <source>Generic security incident</source>
        <translation>Incident de sécurité générique</translation>
    </message>
    <message>
        <source>Lost or stolen device</source>
        <translation>Appareil perdu ou volé</translation>
    </message>
    <message>
        <source>Record the device and its protection</source>
        <translation>Consigner l&apos;appareil et sa protection</translation>
    </message>
    <message>
        <source>Serial and asset tag recorded</source>
        <translation>Numéro de série et étiquette d&apos;inventaire consignés</translation>
    </message>
    <message>
        <source>Encryption status confirmed</source>
        <translation>État du chiffrement confirmé</translation>
    </message>
    <message>
        <source>Data held recorded</source>
        <translation>Données présentes consignées</translation>
    </message>
    <message>
        <source>Lock or wipe the device remotely and revoke its access</source>
        <translation>Verrouiller ou effacer l&apos;appareil à distance et révoquer ses accès</translation>
    </message>
    <message>
        <source>IT support</source>
        <translation>Support informatique</translation>
    </message>
    <message>
        <source>Remote lock or wipe sent</source>
        <translation>Verrouillage ou effacement à distance envoyé</translation>
    </message>
    <message>
        <source>Device certificates revoked</source>
        <translation>Certificats de l&apos;appareil révoqués</translation>
    </message>
    <message>
        <source>File a police report for a theft</source>
        <translation>Porter plainte en cas de vol</translation>
    </message>
    <message>
        <source>Device owner</source>
        <translation>Détenteur de l&apos;appareil</translation>
    </message>
    <message>
        <source>Police report filed</source>
        <translation>Plainte déposée</translation>
    </message>
    <message>
        <source>Report number recorded</source>
        <translation>Numéro de plainte consigné</translation>
    </message>
    <message>
        <source>Personal-data breach</source>
        <translation>Violation de données personnelles</translation>
    </message>
    <message>
        <source>Involve the DPO and assess the risk to data subjects</source>
        <translation>Associer le DPO et évaluer le risque pour les personnes concernées</translation>
    </message>
    <message>
        <source>DPO</source>
        <translation>DPO</translation>
    </message>
    <message>
        <source>Categories and approximate numbers of data subjects recorded</source>
        <translation>Catégories et nombre approximatif de personnes concernées consignés</translation>
    </message>
    <message>
        <source>Categories and approximate numbers of records recorded</source>
        <translation>Catégories et nombre approximatif d&apos;enregistrements consignés</translation>
    </message>
    <message>
        <source>Risk level decided</source>
        <translation>Niveau de risque décidé</translation>
    </message>
    <message>
        <source>Send the notices the clocks require</source>
        <translation>Envoyer les notifications exigées par les délais</translation>
    </message>
    <message>
        <source>Customer notice sent</source>
        <translation>Notification client envoyée</translation>
    </message>
    <message>
        <source>Authority notice sent or waiver justified</source>
        <translation>Notification à l&apos;autorité envoyée ou dispense justifiée</translation>
    </message>
    <message>
        <source>Data-subject decision recorded</source>
        <translation>Décision sur les personnes concernées consignée</translation>
    </message>
    <message>
        <source>Ransomware</source>
        <translation>Rançongiciel</translation>
    </message>
    <message>
        <source>Stop the spread</source>
        <translation>Stopper la propagation</translation>
    </message>
    <message>
        <source>Affected hosts disconnected</source>
        <translation>Hôtes touchés déconnectés</translation>
    </message>
    <message>
        <source>File shares set read-only</source>
        <translation>Partages passés en lecture seule</translation>
    </message>
    <message>
        <source>Backups disconnected and protected</source>
        <translation>Sauvegardes déconnectées et protégées</translation>
    </message>
    <message>
        <source>Preserve the ransom note and a sample of encrypted files</source>
        <translation>Conserver la demande de rançon et un échantillon de fichiers chiffrés</translation>
    </message>
    <message>
        <source>Ransom note registered</source>
        <translation>Demande de rançon enregistrée</translation>
    </message>
    <message>
        <source>Encrypted samples registered</source>
        <translation>Échantillons chiffrés enregistrés</translation>
    </message>
    <message>
        <source>Strain identified</source>
        <translation>Souche identifiée</translation>
    </message>
    <message>
        <source>Check backups are intact before restoring</source>
        <translation>Vérifier l&apos;intégrité des sauvegardes avant de restaurer</translation>
    </message>
    <message>
        <source>Last clean backup identified</source>
        <translation>Dernière sauvegarde saine identifiée</translation>
    </message>
    <message>
        <source>Restore tested in isolation</source>
        <translation>Restauration testée à l&apos;écart</translation>
    </message>
    <message>
        <source>Customer contract</source>
        <translation>Contrat client</translation>
    </message>
    <message>
        <source>Customer agreements: notice of a breach of personal data within 24 hours, of project data within 72 hours, counted from awareness.</source>
        <translation>Contrats clients : notification d&apos;une violation de données personnelles sous 24 heures, de données de projet sous 72 heures, à compter de la prise de connaissance.</translation>
    </message>
    <message>
        <source>Customer notice: personal-data breach</source>
        <translation>Notification client : violation de données personnelles</translation>
    </message>
    <message>
        <source>affected customers</source>
        <translation>clients concernés</translation>
    </message>
    <message>
        <source>Customer notice: project-data breach</source>
        <translation>Notification client : violation de données de projet</translation>
    </message>
    <message>
        <source>DORA</source>
        <translation>DORA</translation>
    </message>
    <message>
        <source>Regulation (EU) 2022/2554 Art. 19; Commission Delegated Regulation (EU) 2025/301 Art. 5 (time limits).</source>
        <translation>Règlement (UE) 2022/2554, art. 19 ; règlement délégué (UE) 2025/301 de la Commission, art. 5 (délais).</translation>
    </message>
    <message>
        <source>DORA initial notification</source>
        <translation>DORA : notification initiale</translation>
    </message>
    <message>
        <source>competent authority</source>
        <translation>autorité compétente</translation>
    </message>
    <message>
        <source>DORA intermediate report</source>
        <translation>DORA : rapport intermédiaire</translation>
    </message>
    <message>
        <source>DORA final report</source>
        <translation>DORA : rapport final</translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation>RGPD</translation>
    </message>
    <message>
        <source>Regulation (EU) 2016/679, Articles 33 and 34; EDPB Guidelines 9/2022 on personal data breach notification.</source>
        <translation>Règlement (UE) 2016/679, articles 33 et 34 ; lignes directrices 9/2022 du CEPD sur la notification des violations de données personnelles.</translation>
    </message>
    <message>
        <source>GDPR Art. 33: notify the supervisory authority</source>
        <translation>RGPD art. 33 : notifier l&apos;autorité de contrôle</translation>
    </message>
    <message>
        <source>supervisory authority (e.g. CNIL)</source>
        <translation>autorité de contrôle (p. ex. la CNIL)</translation>
    </message>
    <message>
        <source>GDPR Art. 34: communicate to data subjects</source>
        <translation>RGPD art. 34 : informer les personnes concernées</translation>
    </message>
    <message>
        <source>data subjects</source>
        <translation>personnes concernées</translation>
    </message>
    <message>
        <source>NIS2</source>
        <translation>NIS2</translation>
    </message>
    <message>
        <source>Directive (EU) 2022/2555, Article 23(4).</source>
        <translation>Directive (UE) 2022/2555, article 23, paragraphe 4.</translation>
    </message>
    <message>
        <source>NIS2 early warning to the CSIRT / competent authority</source>
        <translation>NIS2 : alerte précoce au CSIRT / à l&apos;autorité compétente</translation>
    </message>
    <message>
        <source>CSIRT or competent authority</source>
        <translation>CSIRT ou autorité compétente</translation>
    </message>
    <message>
        <source>NIS2 incident notification</source>
        <translation>NIS2 : notification d&apos;incident</translation>
    </message>
    <message>
        <source>NIS2 final report</source>
        <translation>NIS2 : rapport final</translation>
    </message>
    <message>
        <source>SEC</source>
        <translation>SEC</translation>
    </message>
    <message>
        <source>Form 8-K Item 1.05 (material cybersecurity incidents): due within four business days of the materiality determination.</source>
        <translation>Formulaire 8-K, point 1.05 (incidents de cybersécurité significatifs) : dû dans les quatre jours ouvrés suivant la décision de matérialité.</translation>
    </message>
    <message>
        <source>SEC Form 8-K Item 1.05</source>
        <translation>SEC : formulaire 8-K, point 1.05</translation>
    </message>
    <message>
        <source>U.S. Securities and Exchange Commission (EDGAR)</source>
        <translation>U.S. Securities and Exchange Commission (EDGAR)</translation>
    </message>
    <message>
        <source>Call, do not e-mail, if the mail system may be compromised. Say what is known, what is not, and when the next update comes.</source>
        <translation>Appelez plutôt que d&apos;écrire si la messagerie a pu être compromise. Dites ce que l&apos;on sait, ce que l&apos;on ignore encore et à quelle heure aura lieu le prochain point.</translation>
    </message>
    <message>
        <source>Which systems, accounts and data are involved? Discovery is not awareness: record when a reasonable degree of certainty was reached.</source>
        <translation>Quels systèmes, comptes et données sont concernés ? La découverte n&apos;est pas la prise de connaissance : consignez le moment où un degré raisonnable de certitude a été atteint.</translation>
    </message>
    <message>
        <source>Personal data? Project data? A significant incident under NIS2? Major under DORA? Material for the SEC? Each yes starts a clock from its trigger instant.</source>
        <translation>Données à caractère personnel ? Données de projet ? Incident important au sens de NIS2 ? Incident majeur au sens de DORA ? Incident significatif pour la SEC ? Chaque « oui » déclenche un délai à compter de son fait générateur.</translation>
    </message>
    <message>
        <source>Reset the password, revoke sessions, tokens and API keys, remove unknown MFA devices, check mailbox rules and OAuth grants.</source>
        <translation>Réinitialisez le mot de passe, révoquez les sessions, jetons et clés d&apos;API, supprimez les appareils MFA inconnus, vérifiez les règles de la boîte aux lettres et les autorisations OAuth.</translation>
    </message>
    <message>
        <source>Cut network access (switch port, firewall rule, VLAN) rather than powering off: memory holds evidence. Record each action and how it was verified.</source>
        <translation>Coupez l&apos;accès réseau (port du commutateur, règle de pare-feu, VLAN) plutôt que d&apos;éteindre : la mémoire contient des preuves. Consignez chaque action et la façon dont elle a été vérifiée.</translation>
    </message>
    <message>
        <source>Record agency, officer and case reference. Law enforcement may take over the root-cause analysis.</source>
        <translation>Consignez le service d&apos;enquête, l&apos;enquêteur et la référence du dossier. Les enquêteurs peuvent reprendre à leur compte l&apos;analyse des causes racines.</translation>
    </message>
    <message>
        <source>Export the identity provider&apos;s sign-in and audit logs for the account and register them as evidence before they roll over.</source>
        <translation>Exportez les journaux de connexion et d&apos;audit du fournisseur d&apos;identité pour ce compte et enregistrez-les comme preuves avant qu&apos;ils ne soient écrasés.</translation>
    </message>
    <message>
        <source>Order of volatility (RFC 3227): registers and cache, routing/ARP/process tables and memory, temporary file systems, then disk.</source>
        <translation>Ordre de volatilité (RFC 3227) : registres et cache, tables de routage, ARP et processus, et mémoire, systèmes de fichiers temporaires, puis disque.</translation>
    </message>
    <message>
        <source>Image the whole device read-only, hash it (MD5, SHA-1, SHA-256) and verify. Record where the original media is stored.</source>
        <translation>Faites une image complète du support en lecture seule, calculez ses empreintes (MD5, SHA-1, SHA-256) et vérifiez-les. Consignez le lieu de conservation du support original.</translation>
    </message>
    <message>
        <source>Rebuild from known-good media or backups, rotate credentials, patch the entry point. Record when service was restored: it ends the outage.</source>
        <translation>Reconstruisez à partir de supports ou de sauvegardes sains, renouvelez les identifiants, corrigez la faille d&apos;entrée. Consignez l&apos;heure du rétablissement du service : elle marque la fin de l&apos;interruption.</translation>
    </message>
    <message>
        <source>Scan, check for the indicators of compromise, watch the systems closely for a period before closing.</source>
        <translation>Analysez les systèmes, recherchez les indicateurs de compromission et surveillez-les de près pendant un temps avant de clôturer.</translation>
    </message>
    <message>
        <source>How was the intrusion detected? What triggered it? Ask why five times. Record contributing factors and lessons learned.</source>
        <translation>Comment l&apos;intrusion a-t-elle été détectée ? Qu&apos;est-ce qui l&apos;a permise ? Demandez « pourquoi » cinq fois de suite. Consignez les facteurs contributifs et les enseignements tirés.</translation>
    </message>
    <message>
        <source>Summary, impact, cause in plain language, steps taken, corrective actions. No internal names or IPs.</source>
        <translation>Résumé, impact, cause expliquée simplement, mesures prises, actions correctives. Aucun nom interne ni adresse IP.</translation>
    </message>
    <message>
        <source>Blameless review of the timeline, what went well, what went wrong, where we got lucky.</source>
        <translation>Revue de la chronologie sans recherche de responsable : ce qui a bien fonctionné, ce qui a mal tourné, là où nous avons eu de la chance.</translation>
    </message>
    <message>
        <source>Asset tag, serial, owner, last seen where and when, full-disk encryption status, what data it held.</source>
        <translation>Numéro d&apos;inventaire, numéro de série, utilisateur, dernier lieu et dernière heure où il a été vu, état du chiffrement intégral du disque, données qu&apos;il contenait.</translation>
    </message>
    <message>
        <source>Use device management to lock or wipe; revoke its certificates, VPN profile and sessions.</source>
        <translation>Verrouillez ou effacez l&apos;appareil depuis l&apos;outil de gestion des terminaux (MDM) ; révoquez ses certificats, son profil VPN et ses sessions.</translation>
    </message>
    <message>
        <source>Record the police station, officer and report number in the contacts log.</source>
        <translation>Consignez le commissariat ou la brigade, l&apos;agent et le numéro du récépissé de plainte dans le journal des contacts.</translation>
    </message>
    <message>
        <source>Assess likely consequences for the people concerned. Risk: notify the authority within 72 h (Art. 33). High risk: tell the data subjects without undue delay (Art. 34). Record the decision and why, even when not notifying (Art. 33(5)).</source>
        <translation>Évaluez les conséquences probables pour les personnes concernées. Risque : notifiez l&apos;autorité de contrôle dans les 72 h (art. 33 du RGPD). Risque élevé : informez les personnes concernées dans les meilleurs délais (art. 34). Documentez la décision et ses motifs, même en l&apos;absence de notification (art. 33, § 5).</translation>
    </message>
    <message>
        <source>Customer notice (24 h), supervisory authority (72 h), data subjects if high risk. Late notices must give the reasons for the delay.</source>
        <translation>Notification aux clients (24 h), à l&apos;autorité de contrôle (72 h), aux personnes concernées en cas de risque élevé. Une notification tardive doit être accompagnée des motifs du retard.</translation>
    </message>
    <message>
        <source>Disconnect affected hosts from the network (do not power off), disable shares and the accounts in use, block the command-and-control indicators at the perimeter.</source>
        <translation>Déconnectez du réseau les machines touchées (sans les éteindre), désactivez les partages et les comptes utilisés, bloquez en périphérie les indicateurs de commande et de contrôle (C2).</translation>
    </message>
    <message>
        <source>Hash and register the note and samples; they identify the strain and possibly a decryptor.</source>
        <translation>Calculez l&apos;empreinte de la demande de rançon et des échantillons puis enregistrez-les : ils permettent d&apos;identifier la souche, et peut-être un outil de déchiffrement.</translation>
    </message>
    <message>
        <source>Restore only from backups taken before the intrusion and verified clean; the attacker may have been present for weeks.</source>
        <translation>Ne restaurez qu&apos;à partir de sauvegardes antérieures à l&apos;intrusion et vérifiées saines : l&apos;attaquant était peut-être présent depuis des semaines.</translation>
    </message>
    <message>
        <source>customer contract</source>
        <translation>contrat client</translation>
    </message>
    <message>
        <source>DORA RTS (EU) 2025/301 Art. 5(1)</source>
        <translation>DORA, règlement délégué (UE) 2025/301, art. 5, § 1</translation>
    </message>
    <message>
        <source>DORA RTS (EU) 2025/301 Art. 5(2)</source>
        <translation>DORA, règlement délégué (UE) 2025/301, art. 5, § 2</translation>
    </message>
    <message>
        <source>DORA RTS (EU) 2025/301 Art. 5(3)</source>
        <translation>DORA, règlement délégué (UE) 2025/301, art. 5, § 3</translation>
    </message>
    <message>
        <source>GDPR Art. 33(1)</source>
        <translation>RGPD, art. 33, § 1</translation>
    </message>
    <message>
        <source>GDPR Art. 34(1)</source>
        <translation>RGPD, art. 34, § 1</translation>
    </message>
    <message>
        <source>NIS2 Art. 23(4)(a)</source>
        <translation>NIS2, art. 23, § 4, a)</translation>
    </message>
    <message>
        <source>NIS2 Art. 23(4)(b)</source>
        <translation>NIS2, art. 23, § 4, b)</translation>
    </message>
    <message>
        <source>NIS2 Art. 23(4)(d)</source>
        <translation>NIS2, art. 23, § 4, d)</translation>
    </message>
    <message>
        <source>Form 8-K Item 1.05 and General Instruction B.1</source>
        <translation>Formulaire 8-K, point 1.05, et instruction générale B.1</translation>
    </message>
    <message>
        <source>Form 8-K Item 1.05(c)</source>
        <translation>Formulaire 8-K, point 1.05(c)</translation>
    </message>
</context>
<context>
    <name>StoreErrorPage</name>
    <message>
        <source>This file is not a usable Firebreak case store</source>
        <translation>Ce fichier n&apos;est pas une base de dossiers Firebreak utilisable</translation>
    </message>
    <message>
        <source>This case store was written by a newer Firebreak</source>
        <translation>Cette base de dossiers a été écrite par une version plus récente de Firebreak</translation>
    </message>
    <message>
        <source>The case store is locked by another program</source>
        <translation>La base de dossiers est verrouillée par un autre programme</translation>
    </message>
    <message>
        <source>The case store was not found</source>
        <translation>La base de dossiers est introuvable</translation>
    </message>
    <message>
        <source>The case store could not be opened</source>
        <translation>La base de dossiers n&apos;a pas pu être ouverte</translation>
    </message>
    <message>
        <source>The team store refused the password</source>
        <translation>La base d&apos;équipe a refusé le mot de passe</translation>
    </message>
    <message>
        <source>The team store needs your password</source>
        <translation>La base d&apos;équipe demande votre mot de passe</translation>
    </message>
    <message>
        <source>Your database login may not use this team store</source>
        <translation>Votre identifiant de base de données n&apos;a pas accès à cette base d&apos;équipe</translation>
    </message>
    <message>
        <source>This database is not a usable Firebreak case store</source>
        <translation>Cette base de données n&apos;est pas une base de dossiers Firebreak utilisable</translation>
    </message>
    <message>
        <source>This team store was written by a newer Firebreak</source>
        <translation>Cette base d&apos;équipe a été écrite par un Firebreak plus récent</translation>
    </message>
    <message>
        <source>This team store address cannot be used</source>
        <translation>Cette adresse de base d&apos;équipe est inutilisable</translation>
    </message>
    <message>
        <source>The team store could not be reached</source>
        <translation>La base d&apos;équipe est injoignable</translation>
    </message>
    <message>
        <source>Close the other program, then Try again.</source>
        <translation>Fermez l&apos;autre programme, puis Réessayer.</translation>
    </message>
    <message>
        <source>Try again to enter it, or ask the team store&apos;s administrator to check your login. The password can also live in ~/.pgpass (mode 0600), which Firebreak reads.</source>
        <translation>Réessayer pour le saisir, ou demandez à l&apos;administrateur de la base d&apos;équipe de vérifier votre identifiant. Le mot de passe peut aussi figurer dans ~/.pgpass (mode 0600), que Firebreak lit.</translation>
    </message>
    <message>
        <source>Ask the team store&apos;s administrator to grant your login a Firebreak role (commander, responder or observer).</source>
        <translation>Demandez à l&apos;administrateur de la base d&apos;équipe d&apos;attribuer un rôle Firebreak à votre identifiant (commandant, intervenant ou observateur).</translation>
    </message>
    <message>
        <source>Check the network or VPN, the server&apos;s name, port and database, and that the server is running; then Try again. Nothing was changed. If it stays down, keep working in a case file on this computer (New case store…) and move it to the team store later with firebreak-cli store migrate.</source>
        <translation>Vérifiez le réseau ou le VPN, le nom du serveur, le port et la base, et que le serveur tourne ; puis Réessayer. Rien n&apos;a été modifié. S&apos;il reste indisponible, continuez dans un fichier de dossiers sur cet ordinateur (Nouvelle base de dossiers…) et transférez-le plus tard dans la base d&apos;équipe avec firebreak-cli store migrate.</translation>
    </message>
    <message>
        <source>The team store&apos;s database does not exist</source>
        <translation>La base de données de la base d&apos;équipe n&apos;existe pas</translation>
    </message>
    <message>
        <source>The team store does not know this database login</source>
        <translation>La base d&apos;équipe ne connaît pas cet identifiant de base de données</translation>
    </message>
    <message>
        <source>The server answered: check the database name and the login in the address with the team store&apos;s administrator. Nothing was changed.</source>
        <translation>Le serveur a répondu : vérifiez le nom de la base et l&apos;identifiant de l&apos;adresse avec l&apos;administrateur de la base d&apos;équipe. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>StoreNames</name>
    <message>
        <source>(an address that is not a valid URL)</source>
        <translation>(une adresse qui n&apos;est pas une URL valide)</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 sur %2</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>en</source>
        <extracomment>The language code of the document templates: &quot;fr&quot; selects templates/fr/.</extracomment>
        <translation>fr</translation>
    </message>
</context>
<context>
    <name>TimeText</name>
    <message>
        <source>Not recorded</source>
        <translation>Non renseigné</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>dans le futur</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>%1 min ago</source>
        <translation>il y a %1 min</translation>
    </message>
    <message>
        <source>%1 h %2 m ago</source>
        <translation>il y a %1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d ago</source>
        <translation>il y a %1 j</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>the root-cause analysis has no root cause</source>
        <translation>l&apos;analyse des causes ne nomme pas de cause première</translation>
    </message>
    <message>
        <source>evidence %1 failed its last verification (%2)</source>
        <translation>la preuve %1 a échoué à sa dernière vérification (%2)</translation>
    </message>
    <message>
        <source>mandatory step open: %1 (%2)</source>
        <translation>étape obligatoire ouverte : %1 (%2)</translation>
    </message>
    <message>
        <source>notification clock unresolved: %1 (%2)</source>
        <translation>délai de notification non soldé : %1 (%2)</translation>
    </message>
    <message>
        <source>LAW ENFORCEMENT</source>
        <translation>FORCES DE L&apos;ORDRE</translation>
    </message>
    <message>
        <source>channel not recorded</source>
        <translation>canal non consigné</translation>
    </message>
    <message>
        <source>%1 contact (%2): %3</source>
        <translation>Contact %1 (%2) : %3</translation>
    </message>
    <message>
        <source>%1 contact with %2 (%3): %4</source>
        <translation>Contact %1 avec %2 (%3) : %4</translation>
    </message>
    <message>
        <source>Incident detected</source>
        <translation>Incident détecté</translation>
    </message>
    <message>
        <source>incident record</source>
        <translation>fiche de l&apos;incident</translation>
    </message>
    <message>
        <source>Awareness reached</source>
        <translation>Prise de connaissance</translation>
    </message>
    <message>
        <source>Incident opened: %1</source>
        <translation>Incident ouvert : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 (verified: %3)</source>
        <translation>%1 : %2 (vérifié : %3)</translation>
    </message>
    <message>
        <source>Service restored: %1</source>
        <translation>Service rétabli : %1</translation>
    </message>
    <message>
        <source>Verified clean: %1</source>
        <translation>Vérifié sain : %1</translation>
    </message>
    <message>
        <source>Evidence %1 registered: %2 (SHA-256 %3)</source>
        <translation>Preuve %1 enregistrée : %2 (SHA-256 %3)</translation>
    </message>
    <message>
        <source>Step done: %1</source>
        <translation>Étape terminée : %1</translation>
    </message>
    <message>
        <source>Step skipped: %1</source>
        <translation>Étape ignorée : %1</translation>
    </message>
    <message>
        <source>%1: notice sent to %2 (%3)</source>
        <translation>%1 : notification envoyée à %2 (%3)</translation>
    </message>
    <message>
        <source>%1: notice sent to %2 (%3), ref. %4</source>
        <translation>%1 : notification envoyée à %2 (%3), réf. %4</translation>
    </message>
    <message>
        <source>notification clocks could not be checked (no rules loaded)</source>
        <translation>les délais de notification n&apos;ont pas pu être vérifiés (aucune règle chargée)</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>overdue by %1</source>
        <translation>en retard de %1</translation>
    </message>
    <message>
        <source>estimating…</source>
        <translation>estimation…</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
    </message>
    <message>
        <source>%1 GiB</source>
        <translation>%1 Gio</translation>
    </message>
    <message>
        <source>%1 TiB</source>
        <translation>%1 Tio</translation>
    </message>
    <message>
        <source>%1 PiB</source>
        <translation>%1 Pio</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 octets</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 octets)</translation>
    </message>
    <message>
        <source>%1 h %2 m</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>firebreak::ChangeFeed</name>
    <message>
        <source>no answer for %1 seconds</source>
        <translation>aucune réponse depuis %1 secondes</translation>
    </message>
</context>
<context>
    <name>firebreak::ui</name>
    <message>
        <source>CNIL (France)</source>
        <translation>CNIL (France)</translation>
    </message>
    <message>
        <source>ICO (United Kingdom)</source>
        <translation>ICO (Royaume-Uni)</translation>
    </message>
    <message>
        <source>BfDI or the Land authority (Germany)</source>
        <translation>BfDI ou l&apos;autorité du Land (Allemagne)</translation>
    </message>
    <message>
        <source>AEPD (Spain)</source>
        <translation>AEPD (Espagne)</translation>
    </message>
    <message>
        <source>Garante per la protezione dei dati personali (Italy)</source>
        <translation>Garante per la protezione dei dati personali (Italie)</translation>
    </message>
    <message>
        <source>Autoriteit Persoonsgegevens (Netherlands)</source>
        <translation>Autoriteit Persoonsgegevens (Pays-Bas)</translation>
    </message>
    <message>
        <source>APD/GBA (Belgium)</source>
        <translation>APD/GBA (Belgique)</translation>
    </message>
    <message>
        <source>CNPD (Luxembourg)</source>
        <translation>CNPD (Luxembourg)</translation>
    </message>
    <message>
        <source>Data Protection Commission (Ireland)</source>
        <translation>Data Protection Commission (Irlande)</translation>
    </message>
    <message>
        <source>IMY (Sweden)</source>
        <translation>IMY (Suède)</translation>
    </message>
    <message>
        <source>Datatilsynet (Denmark)</source>
        <translation>Datatilsynet (Danemark)</translation>
    </message>
    <message>
        <source>Datatilsynet (Norway)</source>
        <translation>Datatilsynet (Norvège)</translation>
    </message>
    <message>
        <source>UODO (Poland)</source>
        <translation>UODO (Pologne)</translation>
    </message>
    <message>
        <source>CNPD (Portugal)</source>
        <translation>CNPD (Portugal)</translation>
    </message>
    <message>
        <source>EDÖB/PFPDT (Switzerland)</source>
        <translation>PFPDT/EDÖB (Suisse)</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::AboutDialog</name>
    <message>
        <source>SQLite: unknown (%1)</source>
        <translation>SQLite : inconnu (%1)</translation>
    </message>
    <message>
        <source>About Firebreak</source>
        <translation>À propos de Firebreak</translation>
    </message>
    <message>
        <source>&lt;b&gt;Firebreak %1&lt;/b&gt;</source>
        <translation>&lt;b&gt;Firebreak %1&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Offline workbench for security incident response: guided procedure, forensic imaging, notification clocks and a tamper-evident audit trail.</source>
        <translation>Poste de travail hors ligne pour la réponse aux incidents de sécurité : procédure guidée, imagerie forensique, délais de notification et piste d&apos;audit infalsifiable.</translation>
    </message>
    <message>
        <source>&amp;Copy versions</source>
        <translation>&amp;Copier les versions</translation>
    </message>
    <message>
        <source>Firebreak %1
%2
</source>
        <translation>Firebreak %1
%2
</translation>
    </message>
    <message>
        <source>Libraries in use:</source>
        <translation>Bibliothèques utilisées :</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::AcquisitionDialog</name>
    <message>
        <source>Acquire image — %1</source>
        <translation>Acquérir une image — %1</translation>
    </message>
    <message>
        <source>/dev/sdX or a file</source>
        <translation>/dev/sdX ou un fichier</translation>
    </message>
    <message>
        <source>File…</source>
        <translation>Fichier…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Re-read the image and verify every hash</source>
        <translation>Relire l&apos;image et vérifier chaque empreinte</translation>
    </message>
    <message>
        <source>no split (e.g. 2G, 650M)</source>
        <translation>pas de découpage (ex. 2G, 650M)</translation>
    </message>
    <message>
        <source>Raw (dd)</source>
        <translation>Brut (dd)</translation>
    </message>
    <message>
        <source>E01 (Expert Witness)</source>
        <translation>E01 (Expert Witness)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Fast</source>
        <translation>Rapide</translation>
    </message>
    <message>
        <source>Best (slower)</source>
        <translation>Maximale (plus lente)</translation>
    </message>
    <message>
        <source>1500M, as ewfacquire (e.g. 640M, 2G)</source>
        <translation>1500M, comme ewfacquire (ex. 640M, 2G)</translation>
    </message>
    <message>
        <source>next free E-NNN</source>
        <translation>prochain E-NNN libre</translation>
    </message>
    <message>
        <source>e.g. fs01 system disk</source>
        <translation>ex. disque système de fs01</translation>
    </message>
    <message>
        <source>where the original media is kept</source>
        <translation>où le support original est conservé</translation>
    </message>
    <message>
        <source>&amp;Device:</source>
        <translation>&amp;Périphérique :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>D&amp;estination:</source>
        <translation>D&amp;estination :</translation>
    </message>
    <message>
        <source>Hashes:</source>
        <translation>Empreintes :</translation>
    </message>
    <message>
        <source>Co&amp;mpression:</source>
        <translation>Co&amp;mpression :</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format :</translation>
    </message>
    <message>
        <source>S&amp;plit into:</source>
        <translation>Dé&amp;couper en :</translation>
    </message>
    <message>
        <source>E01 se&amp;gments:</source>
        <translation>Se&amp;gments E01 :</translation>
    </message>
    <message>
        <source>E&amp;xaminer:</source>
        <translation>E&amp;xaminateur :</translation>
    </message>
    <message>
        <source>Evidence &amp;id:</source>
        <translation>N° de &amp;preuve :</translation>
    </message>
    <message>
        <source>Desc&amp;ription:</source>
        <translation>Desc&amp;ription :</translation>
    </message>
    <message>
        <source>Original &amp;kept at:</source>
        <translation>Original &amp;conservé à :</translation>
    </message>
    <message>
        <source>Not started.</source>
        <translation>Non démarrée.</translation>
    </message>
    <message>
        <source>Hashes and the verification verdict appear here.</source>
        <translation>Les empreintes et le verdict de vérification s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>&amp;Start acquisition</source>
        <translation>&amp;Démarrer l&apos;acquisition</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Image a file</source>
        <translation>Imager un fichier</translation>
    </message>
    <message>
        <source>Write the image to</source>
        <translation>Écrire l&apos;image dans</translation>
    </message>
    <message>
        <source>— choose a block device, or type a file path below —</source>
        <translation>— choisissez un périphérique bloc, ou saisissez un chemin de fichier ci-dessous —</translation>
    </message>
    <message>
        <source>  ⚠ IN USE</source>
        <translation>  ⚠ EN COURS D&apos;UTILISATION</translation>
    </message>
    <message>
        <source>/media/evidence/INC-…/E-001 (written as E-001.E01, …)</source>
        <translation>/media/evidence/INC-…/E-001 (écrit en E-001.E01, …)</translation>
    </message>
    <message>
        <source>%1 free on %2</source>
        <translation>%1 libres sur %2</translation>
    </message>
    <message>
        <source>Choose a source device or file.</source>
        <translation>Choisissez un périphérique ou un fichier source.</translation>
    </message>
    <message>
        <source>Choose where the image is written.</source>
        <translation>Choisissez où écrire l&apos;image.</translation>
    </message>
    <message>
        <source>Choose at least one hash (SHA-256 is the one to rely on).</source>
        <translation>Choisissez au moins une empreinte (SHA-256 est celle sur laquelle s&apos;appuyer).</translation>
    </message>
    <message>
        <source>E01 segment size &quot;%1&quot; is not a size like 2G or 640M.</source>
        <translation>La taille de segment E01 « %1 » n&apos;est pas une taille comme 2G ou 640M.</translation>
    </message>
    <message>
        <source>Split size &quot;%1&quot; is not a size like 2G or 650M.</source>
        <translation>La taille de découpage « %1 » n&apos;est pas une taille comme 2G ou 650M.</translation>
    </message>
    <message>
        <source>The acquisition record needs the examiner&apos;s name.</source>
        <translation>Le procès-verbal d&apos;acquisition exige le nom de l&apos;examinateur.</translation>
    </message>
    <message>
        <source>&amp;Cancel acquisition</source>
        <translation>&amp;Annuler l&apos;acquisition</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>COMPLETE — image verified: every hash matches</source>
        <translation>TERMINÉE — image vérifiée : toutes les empreintes concordent</translation>
    </message>
    <message>
        <source>COMPLETE — not verified (verification was not requested)</source>
        <translation>TERMINÉE — non vérifiée (vérification non demandée)</translation>
    </message>
    <message>
        <source>NOT COMPLETE (%1): %2</source>
        <translation>INCOMPLÈTE (%1) : %2</translation>
    </message>
    <message>
        <source>Image: %1
</source>
        <translation>Image : %1
</translation>
    </message>
    <message>
        <source>Log:   %1
</source>
        <translation>Journal : %1
</translation>
    </message>
    <message>
        <source>
Registered as evidence %1 of %2.
</source>
        <translation>
Enregistrée comme preuve %1 de %2.
</translation>
    </message>
    <message>
        <source>
The image is complete but was NOT registered: %1
</source>
        <translation>
L&apos;image est complète mais n&apos;a PAS été enregistrée : %1
</translation>
    </message>
    <message>
        <source>Cancelling… the partial image will be marked incomplete.</source>
        <translation>Annulation… l&apos;image partielle sera marquée incomplète.</translation>
    </message>
    <message>
        <source>
The end of this acquisition could not be recorded (it will be listed as interrupted): %1
</source>
        <translation>
La fin de cette acquisition n&apos;a pas pu être enregistrée (elle apparaîtra comme interrompue) : %1
</translation>
    </message>
    <message>
        <source>Step 1 of %1: reading the source, hashing and writing the image</source>
        <translation>Étape 1 sur %1 : lecture de la source, calcul des empreintes et écriture de l&apos;image</translation>
    </message>
    <message>
        <source>Step 2 of 2: re-reading the image to verify every hash</source>
        <translation>Étape 2 sur 2 : relecture de l&apos;image pour vérifier chaque empreinte</translation>
    </message>
    <message>
        <source>Step 2 of 2: re-reading the source to verify it did not change</source>
        <translation>Étape 2 sur 2 : relecture de la source pour vérifier qu&apos;elle n&apos;a pas changé</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2 · %3/s · elapsed %4 · %5 left · %n bad sector(s)</source>
        <translation>
            <numerusform>%1 sur %2 · %3/s · écoulé %4 · reste %5 · %n secteur défectueux</numerusform>
            <numerusform>%1 sur %2 · %3/s · écoulé %4 · reste %5 · %n secteurs défectueux</numerusform>
        </translation>
    </message>
    <message>
        <source>
Acquired: %1 of %2 · bad sectors: %3 · took %4
</source>
        <translation>
Acquis : %1 sur %2 · secteurs défectueux : %3 · durée %4
</translation>
    </message>
    <message>
        <source>
The files of this attempt stay, marked .incomplete, with their log. Start again to write a new image to %1.
</source>
        <translation>
Les fichiers de cette tentative restent en place, marqués .incomplete, avec leur journal. Relancez pour écrire une nouvelle image dans %1.
</translation>
    </message>
    <message>
        <source>Cancel the acquisition?</source>
        <translation>Annuler l&apos;acquisition ?</translation>
    </message>
    <message>
        <source>Stop imaging %1 now?</source>
        <translation>Arrêter maintenant l&apos;acquisition de %1 ?</translation>
    </message>
    <message>
        <source>The image written so far stays, marked .incomplete, with its log; it is not evidence and is not registered. You can start a new acquisition afterwards.</source>
        <translation>L&apos;image écrite jusqu&apos;ici reste en place, marquée .incomplete, avec son journal ; ce n&apos;est pas une preuve et elle n&apos;est pas enregistrée. Vous pourrez lancer une nouvelle acquisition ensuite.</translation>
    </message>
    <message>
        <source>Cancel acquisition</source>
        <translation>Annuler l&apos;acquisition</translation>
    </message>
    <message>
        <source>Keep imaging</source>
        <translation>Continuer l&apos;acquisition</translation>
    </message>
    <message>
        <source>None of the listed systems</source>
        <translation>Aucun des systèmes recensés</translation>
    </message>
    <message>
        <source>The incident&apos;s system this source belongs to (add systems on the Systems tab).</source>
        <translation>Le système de l&apos;incident dont provient cette source (ajoutez les systèmes dans l&apos;onglet Systèmes).</translation>
    </message>
    <message>
        <source>S&amp;ystem:</source>
        <translation>S&amp;ystème :</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::AddEvidenceDialog</name>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Hash and add</source>
        <translation>Calculer et ajouter</translation>
    </message>
    <message>
        <source>Add file as evidence — %1</source>
        <translation>Ajouter un fichier comme preuve — %1</translation>
    </message>
    <message>
        <source>Required: the file to hash and register (it is not copied)</source>
        <translation>Obligatoire : le fichier à hacher et enregistrer (il n&apos;est pas copié)</translation>
    </message>
    <message>
        <source>next free E-NNN</source>
        <translation>prochain E-NNN libre</translation>
    </message>
    <message>
        <source>Required: e.g. auth.log from fs01, photo of the disk label</source>
        <translation>Obligatoire : ex. auth.log de fs01, photo de l&apos;étiquette du disque</translation>
    </message>
    <message>
        <source>Host and original location, e.g. fs01:/var/log/auth.log</source>
        <translation>Hôte et emplacement d&apos;origine, ex. fs01:/var/log/auth.log</translation>
    </message>
    <message>
        <source>Where the item is kept, e.g. evidence safe 2, shelf B</source>
        <translation>Où la pièce est conservée, ex. coffre à scellés 2, étagère B</translation>
    </message>
    <message>
        <source>RFC 3227 order of volatility, most volatile first</source>
        <translation>Ordre de volatilité RFC 3227, le plus volatil d&apos;abord</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>Collected &amp;by:</source>
        <translation>Collecté &amp;par :</translation>
    </message>
    <message>
        <source>Collected &amp;at:</source>
        <translation>Collecté &amp;le :</translation>
    </message>
    <message>
        <source>S&amp;torage location:</source>
        <translation>Lieu de s&amp;tockage :</translation>
    </message>
    <message>
        <source>&amp;Volatility:</source>
        <translation>&amp;Volatilité :</translation>
    </message>
    <message>
        <source>Evidence &amp;number:</source>
        <translation>&amp;Numéro de preuve :</translation>
    </message>
    <message>
        <source>Add a file as evidence</source>
        <translation>Ajouter un fichier comme preuve</translation>
    </message>
    <message>
        <source>Hashing: %1 of %2 · %3/s · %4 left</source>
        <translation>Calcul des empreintes : %1 sur %2 · %3/s · %4 restant</translation>
    </message>
    <message>
        <source>Choose the file to add.</source>
        <translation>Choisissez le fichier à ajouter.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 is not a regular file.</source>
        <translation>%1 n&apos;est pas un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 cannot be read (permissions?).</source>
        <translation>%1 ne peut pas être lu (droits d&apos;accès ?).</translation>
    </message>
    <message>
        <source>A description is required: what is this file and why does it matter?</source>
        <translation>Une description est obligatoire : qu&apos;est-ce que ce fichier et pourquoi compte-t-il ?</translation>
    </message>
    <message>
        <source>Name who collected it.</source>
        <translation>Indiquez qui l&apos;a collecté.</translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is not known; pick one from the list (e.g. Europe/Paris).</source>
        <translation>Le fuseau horaire « %1 » est inconnu ; choisissez-en un dans la liste (ex. Europe/Paris).</translation>
    </message>
    <message>
        <source>&amp;Cancel hashing</source>
        <translation>&amp;Annuler le calcul</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <source>Registered as %1.</source>
        <translation>Enregistré sous %1.</translation>
    </message>
    <message>
        <source>Cancelled — nothing was registered.</source>
        <translation>Annulé — rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was registered: %1</source>
        <translation>Rien n&apos;a été enregistré : %1</translation>
    </message>
    <message>
        <source>Hashing %1 (MD5, SHA-1, SHA-256)…</source>
        <translation>Calcul des empreintes de %1 (MD5, SHA-1, SHA-256)…</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be registered.</source>
        <translation>Annulation… rien ne sera enregistré.</translation>
    </message>
    <message>
        <source>e.g. %1</source>
        <translation>ex. %1</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::AddPersonDialog</name>
    <message>
        <source>Add person</source>
        <translation>Ajouter la personne</translation>
    </message>
    <message>
        <source>Add person to %1</source>
        <translation>Ajouter une personne à %1</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <source>Incident commander</source>
        <translation>Responsable de l&apos;incident</translation>
    </message>
    <message>
        <source>CTO</source>
        <translation>DSI / CTO</translation>
    </message>
    <message>
        <source>Forensic examiner</source>
        <translation>Analyste forensique</translation>
    </message>
    <message>
        <source>System owner</source>
        <translation>Propriétaire du système</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Délégué à la protection des données</translation>
    </message>
    <message>
        <source>Legal counsel</source>
        <translation>Conseil juridique</translation>
    </message>
    <message>
        <source>Communications</source>
        <translation>Communication</translation>
    </message>
    <message>
        <source>Law enforcement</source>
        <translation>Forces de l&apos;ordre</translation>
    </message>
    <message>
        <source>External responder</source>
        <translation>Intervenant externe</translation>
    </message>
    <message>
        <source>Role on the incident</source>
        <translation>Rôle dans l&apos;incident</translation>
    </message>
    <message>
        <source>Phone or e-mail</source>
        <translation>Téléphone ou courriel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Contact:</source>
        <translation>&amp;Contact :</translation>
    </message>
    <message>
        <source>A name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>The person was not added: %1</source>
        <translation>La personne n&apos;a pas été ajoutée : %1</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::AddStepDialog</name>
    <message>
        <source>&amp;Mandatory: blocks closing until done or skipped</source>
        <translation>&amp;Obligatoire : bloque la clôture tant qu&apos;elle n&apos;est ni faite ni ignorée</translation>
    </message>
    <message>
        <source>Add step</source>
        <translation>Ajouter l&apos;étape</translation>
    </message>
    <message>
        <source>Add step — %1</source>
        <translation>Ajouter une étape — %1</translation>
    </message>
    <message>
        <source>What needs doing</source>
        <translation>Ce qu&apos;il faut faire</translation>
    </message>
    <message>
        <source>One item per line</source>
        <translation>Un élément par ligne</translation>
    </message>
    <message>
        <source>Person or role</source>
        <translation>Personne ou rôle</translation>
    </message>
    <message>
        <source>Nothing in particular</source>
        <translation>Rien de particulier</translation>
    </message>
    <message>
        <source>&amp;Phase:</source>
        <translation>&amp;Phase :</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Guidance:</source>
        <translation>&amp;Consignes :</translation>
    </message>
    <message>
        <source>&amp;Checklist:</source>
        <translation>&amp;Liste de contrôle :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Enregistrements :</translation>
    </message>
    <message>
        <source>A title is required.</source>
        <translation>Le titre est obligatoire.</translation>
    </message>
    <message>
        <source>The step was not added: %1</source>
        <translation>L&apos;étape n&apos;a pas été ajoutée : %1</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::AddSystemDialog</name>
    <message>
        <source>Add system</source>
        <translation>Ajouter le système</translation>
    </message>
    <message>
        <source>Add affected system to %1</source>
        <translation>Ajouter un système affecté à %1</translation>
    </message>
    <message>
        <source>&amp;Hostname:</source>
        <translation>Nom d&apos;&amp;hôte :</translation>
    </message>
    <message>
        <source>&amp;IP address:</source>
        <translation>Adresse &amp;IP :</translation>
    </message>
    <message>
        <source>&amp;MAC address:</source>
        <translation>Adresse &amp;MAC :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>A hostname is required.</source>
        <translation>Le nom d&apos;hôte est obligatoire.</translation>
    </message>
    <message>
        <source>“%1” is not a valid hostname (letters, digits, hyphens and dots).</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte valide (lettres, chiffres, tirets et points).</translation>
    </message>
    <message>
        <source>“%1” is not an IPv4/IPv6 address or a list of them.</source>
        <translation>« %1 » n&apos;est pas une adresse IPv4/IPv6 ni une liste de telles adresses.</translation>
    </message>
    <message>
        <source>“%1” is not a MAC address like 00:1a:2b:3c:4d:5e.</source>
        <translation>« %1 » n&apos;est pas une adresse MAC comme 00:1a:2b:3c:4d:5e.</translation>
    </message>
    <message>
        <source>The system was not added: %1</source>
        <translation>Le système n&apos;a pas été ajouté : %1</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::AgDelayDialog</name>
    <message>
        <source>Record delay</source>
        <translation>Enregistrer le report</translation>
    </message>
    <message>
        <source>Cannot read clock %1 of %2: %3</source>
        <translation>Impossible de lire le délai %1 de %2 : %3</translation>
    </message>
    <message>
        <source>Attorney General delay — %1</source>
        <translation>Report décidé par l&apos;Attorney General — %1</translation>
    </message>
    <message>
        <source>%1 lets the filing wait only when the U.S. Attorney General determines that disclosure poses a substantial risk to national security or public safety, and notifies the SEC in writing. Record the determination as received.</source>
        <translation>%1 ne permet de différer le dépôt que si l&apos;Attorney General des États-Unis estime que la publication présente un risque substantiel pour la sécurité nationale ou la sécurité publique, et le notifie par écrit à la SEC. Enregistrez la décision telle que reçue.</translation>
    </message>
    <message>
        <source>Period %1 of %2: %3, at most %4 days</source>
        <translation>Période %1 sur %2 : %3, %4 jours au plus</translation>
    </message>
    <message>
        <source>All %1 periods are recorded</source>
        <translation>Les %1 périodes sont déjà enregistrées</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Substantial risk to national security</source>
        <translation>Risque substantiel pour la sécurité nationale</translation>
    </message>
    <message>
        <source>Substantial risk to public safety</source>
        <translation>Risque substantiel pour la sécurité publique</translation>
    </message>
    <message>
        <source>The letter or the DOJ/FBI case number</source>
        <translation>La lettre ou le numéro de dossier DOJ/FBI</translation>
    </message>
    <message>
        <source>What the Attorney General determined, e.g. “disclosure would alert the intruder while the FBI contains the operation”</source>
        <translation>Ce que l&apos;Attorney General a décidé, ex. « la publication alerterait l&apos;intrus pendant que le FBI contient l&apos;opération »</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période :</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>&amp;Ground:</source>
        <translation>&amp;Motif légal :</translation>
    </message>
    <message>
        <source>&amp;Determined at:</source>
        <translation>Décidé &amp;le :</translation>
    </message>
    <message>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence :</translation>
    </message>
    <message>
        <source>Recorded &amp;by:</source>
        <translation>Enregistré &amp;par :</translation>
    </message>
    <message>
        <source>R&amp;eason:</source>
        <translation>E&amp;xplication :</translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 → %2 (period ends %3)</source>
        <translation>%1 → %2 (fin de la période %3)</translation>
    </message>
    <message>
        <source>The clock could not be read; nothing can be recorded.</source>
        <translation>Le délai n&apos;a pas pu être lu ; rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>Say who records the delay.</source>
        <translation>Indiquez qui enregistre le report.</translation>
    </message>
    <message>
        <source>The delay was not recorded: %1</source>
        <translation>Le report n&apos;a pas été enregistré : %1</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::AmendTriggerDialog</name>
    <message>
        <source>Amend and recompute deadlines</source>
        <translation>Corriger et recalculer les échéances</translation>
    </message>
    <message>
        <source>Amend a trigger of %1</source>
        <translation>Corriger un déclencheur de %1</translation>
    </message>
    <message>
        <source>Could not read the classifications of %1: %2</source>
        <translation>Impossible de lire les qualifications de %1 : %2</translation>
    </message>
    <message>
        <source>Why the instant changes, e.g. “log review shows the export was seen on Monday, not Tuesday”</source>
        <translation>Pourquoi l&apos;instant change, ex. « l&apos;analyse des journaux montre que l&apos;export a été vu lundi, pas mardi »</translation>
    </message>
    <message>
        <source>Recorded instant:</source>
        <translation>Instant enregistré :</translation>
    </message>
    <message>
        <source>&amp;New instant:</source>
        <translation>&amp;Nouvel instant :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>%1: without undue delay (no fixed deadline)</source>
        <translation>%1 : dans les meilleurs délais (pas d&apos;échéance fixe)</translation>
    </message>
    <message>
        <source>Nothing is classified yet: there is no trigger to amend.</source>
        <translation>Rien n&apos;est encore qualifié : il n&apos;y a aucun déclencheur à corriger.</translation>
    </message>
    <message>
        <source>Pick the corrected instant.</source>
        <translation>Choisissez l&apos;instant corrigé.</translation>
    </message>
    <message>
        <source>The instant %1 is in the future.</source>
        <translation>L&apos;instant %1 est dans le futur.</translation>
    </message>
    <message>
        <source>An amendment needs its reason; it goes to the audit trail.</source>
        <translation>Une correction exige son motif ; il est versé à la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>The %1 trigger of %2 was not amended: %3</source>
        <translation>Le déclencheur %1 de %2 n&apos;a pas été corrigé : %3</translation>
    </message>
    <message>
        <source>Awareness (customer, GDPR Art. 33, NIS2, DORA 24 h)</source>
        <translation>Prise de connaissance (client, RGPD art. 33, NIS2, DORA 24 h)</translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation>Dé&amp;clencheur :</translation>
    </message>
    <message>
        <source>Deadlines that move:</source>
        <translation>Échéances déplacées :</translation>
    </message>
    <message>
        <source>(pick the corrected instant)</source>
        <translation>(choisissez l&apos;instant corrigé)</translation>
    </message>
    <message>
        <source>   the notice sent %1 becomes late: reasons for the delay are required</source>
        <translation>   la notification envoyée %1 devient tardive : les motifs du retard sont requis</translation>
    </message>
    <message>
        <source>No deadline moves.</source>
        <translation>Aucune échéance ne bouge.</translation>
    </message>
    <message>
        <source>This amendment makes a notice already sent late: give the reasons for the delay of %1.</source>
        <translation>Cette correction rend tardive une notification déjà envoyée : indiquez les motifs du retard pour %1.</translation>
    </message>
    <message>
        <source>Why this notice, already sent, is late against the corrected deadline</source>
        <translation>Pourquoi cette notification, déjà envoyée, est tardive au regard de l&apos;échéance corrigée</translation>
    </message>
    <message>
        <source>Reasons for the delay of %1:</source>
        <translation>Motifs du retard — %1 :</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::AuditBanner</name>
    <message>
        <source>Show audit log</source>
        <translation>Afficher le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Verify again</source>
        <translation>Vérifier à nouveau</translation>
    </message>
    <message>
        <source>&lt;b&gt;Audit trail verification failed at seq %1.&lt;/b&gt; %2%3&lt;br&gt;The case stays open for work, but records from seq %1 on cannot be proven unaltered. Preserve this file as it is and investigate before relying on it.</source>
        <translation>&lt;b&gt;La vérification de la piste d&apos;audit a échoué à la séquence %1.&lt;/b&gt; %2%3&lt;br&gt;Le dossier reste ouvert pour le travail, mais les enregistrements à partir de la séquence %1 ne peuvent pas être prouvés inaltérés. Conservez ce fichier en l&apos;état et investiguez avant de vous y fier.</translation>
    </message>
    <message>
        <source> (+%1 more findings)</source>
        <translation> (+%1 autres constats)</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail could not be verified.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;La piste d&apos;audit n&apos;a pas pu être vérifiée.&lt;/b&gt; %1</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::AuditLogModel</name>
    <message>
        <source>reason: %1</source>
        <translation>motif : %1</translation>
    </message>
    <message>
        <source>seq %1:</source>
        <translation>séq. %1 :</translation>
    </message>
    <message>
        <source>Chain check failed here:
%1</source>
        <translation>La vérification de la chaîne a échoué ici :
%1</translation>
    </message>
    <message>
        <source>Not provable: the audit chain is broken at seq %1, before this entry</source>
        <translation>Non prouvable : la chaîne d&apos;audit est rompue à la séquence %1, avant cette entrée</translation>
    </message>
    <message>
        <source>entry_hash %1
prev_hash  %2</source>
        <translation>entry_hash %1
prev_hash  %2</translation>
    </message>
    <message>
        <source>Seq</source>
        <translation>Séq.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Entry hash</source>
        <translation>Empreinte de l&apos;entrée</translation>
    </message>
    <message>
        <source>Incident opened</source>
        <translation>Incident ouvert</translation>
    </message>
    <message>
        <source>Incident changed</source>
        <translation>Incident modifié</translation>
    </message>
    <message>
        <source>Person added</source>
        <translation>Personne ajoutée</translation>
    </message>
    <message>
        <source>System added</source>
        <translation>Système ajouté</translation>
    </message>
    <message>
        <source>Step added</source>
        <translation>Étape ajoutée</translation>
    </message>
    <message>
        <source>Step done</source>
        <translation>Étape terminée</translation>
    </message>
    <message>
        <source>Step skipped</source>
        <translation>Étape ignorée</translation>
    </message>
    <message>
        <source>Step reopened</source>
        <translation>Étape rouverte</translation>
    </message>
    <message>
        <source>Step reassigned</source>
        <translation>Étape réattribuée</translation>
    </message>
    <message>
        <source>Checklist item ticked</source>
        <translation>Point de contrôle coché</translation>
    </message>
    <message>
        <source>Containment recorded</source>
        <translation>Confinement enregistré</translation>
    </message>
    <message>
        <source>Recovery recorded</source>
        <translation>Rétablissement enregistré</translation>
    </message>
    <message>
        <source>Root cause analysis saved</source>
        <translation>Analyse des causes enregistrée</translation>
    </message>
    <message>
        <source>Corrective action added</source>
        <translation>Action corrective ajoutée</translation>
    </message>
    <message>
        <source>Corrective action updated</source>
        <translation>Action corrective mise à jour</translation>
    </message>
    <message>
        <source>Contact logged</source>
        <translation>Contact consigné</translation>
    </message>
    <message>
        <source>Timeline entry added</source>
        <translation>Entrée de chronologie ajoutée</translation>
    </message>
    <message>
        <source>Breach facts saved</source>
        <translation>Faits de la violation enregistrés</translation>
    </message>
    <message>
        <source>Notification clocks classified</source>
        <translation>Délais de notification qualifiés</translation>
    </message>
    <message>
        <source>Clock trigger amended</source>
        <translation>Déclencheur de délai rectifié</translation>
    </message>
    <message>
        <source>Notice recorded</source>
        <translation>Notification enregistrée</translation>
    </message>
    <message>
        <source>Notification waived</source>
        <translation>Notification écartée</translation>
    </message>
    <message>
        <source>Acquisition started</source>
        <translation>Acquisition démarrée</translation>
    </message>
    <message>
        <source>Acquisition ended</source>
        <translation>Acquisition terminée</translation>
    </message>
    <message>
        <source>Evidence registered</source>
        <translation>Preuve enregistrée</translation>
    </message>
    <message>
        <source>Evidence verified</source>
        <translation>Preuve vérifiée</translation>
    </message>
    <message>
        <source>Custody: collected</source>
        <translation>Possession : collectée</translation>
    </message>
    <message>
        <source>Custody: transferred</source>
        <translation>Possession : transférée</translation>
    </message>
    <message>
        <source>Custody: examined</source>
        <translation>Possession : examinée</translation>
    </message>
    <message>
        <source>Custody: stored</source>
        <translation>Possession : entreposée</translation>
    </message>
    <message>
        <source>Custody: returned</source>
        <translation>Possession : restituée</translation>
    </message>
    <message>
        <source>Custody: released</source>
        <translation>Possession : libérée</translation>
    </message>
    <message>
        <source>Evidence handed over</source>
        <translation>Preuves remises</translation>
    </message>
    <message>
        <source>Document exported</source>
        <translation>Document exporté</translation>
    </message>
    <message>
        <source>Access granted</source>
        <translation>Accès accordé</translation>
    </message>
    <message>
        <source>Access revoked</source>
        <translation>Accès retiré</translation>
    </message>
    <message>
        <source>Case store migrated</source>
        <translation>Base de dossiers migrée</translation>
    </message>
    <message>
        <source>Entry %1 · %2 (%3)</source>
        <translation>Entrée %1 · %2 (%3)</translation>
    </message>
    <message>
        <source>When:   %1 · %2</source>
        <translation>Quand :  %1 · %2</translation>
    </message>
    <message>
        <source>Who:    %1</source>
        <translation>Qui :    %1</translation>
    </message>
    <message>
        <source>Who:    %1 (database login %2)</source>
        <translation>Qui :    %1 (compte de base de données %2)</translation>
    </message>
    <message>
        <source>Object: %1</source>
        <translation>Objet :  %1</translation>
    </message>
    <message>
        <source>Incident: %1</source>
        <translation>Incident : %1</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1 : %2 → %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Filing delayed (Attorney General)</source>
        <translation>Dépôt reporté (Attorney General)</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::BreachFactsForm</name>
    <message>
        <source>What happened, how and when, in plain words</source>
        <translation>Ce qui s&apos;est passé, comment et quand, en termes simples</translation>
    </message>
    <message>
        <source>e.g. employees, job applicants</source>
        <translation>ex. salariés, candidats à l&apos;embauche</translation>
    </message>
    <message>
        <source>approximate, e.g. about 1,200</source>
        <translation>approximatif, ex. environ 1 200</translation>
    </message>
    <message>
        <source>e.g. payroll records, bank details</source>
        <translation>ex. fiches de paie, coordonnées bancaires</translation>
    </message>
    <message>
        <source>approximate, e.g. 14,000 rows</source>
        <translation>approximatif, ex. 14 000 lignes</translation>
    </message>
    <message>
        <source>DPO or other contact point: name, e-mail, phone</source>
        <translation>DPO ou autre point de contact : nom, courriel, téléphone</translation>
    </message>
    <message>
        <source>Likely consequences for the people concerned</source>
        <translation>Conséquences probables pour les personnes concernées</translation>
    </message>
    <message>
        <source>Measures taken or proposed, including mitigation</source>
        <translation>Mesures prises ou envisagées, y compris pour atténuer</translation>
    </message>
    <message>
        <source>Data &amp;subjects:</source>
        <translation>Personnes &amp;concernées :</translation>
    </message>
    <message>
        <source>   how &amp;many:</source>
        <translation>   &amp;combien :</translation>
    </message>
    <message>
        <source>&amp;Records:</source>
        <translation>&amp;Enregistrements :</translation>
    </message>
    <message>
        <source>   how m&amp;any:</source>
        <translation>   co&amp;mbien :</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::CheckpointKeeper</name>
    <message>
        <source>Unlock the audit signing key</source>
        <translation>Déverrouiller la clé de signature de l&apos;audit</translation>
    </message>
    <message>
        <source>Passphrase of %1.
While unlocked, Firebreak signs the audit trail every hour and on every export.</source>
        <translation>Phrase secrète de %1.
Tant qu&apos;elle est déverrouillée, Firebreak signe la piste d&apos;audit toutes les heures et à chaque export.</translation>
    </message>
    <message>
        <source>Audit signing: no key</source>
        <translation>Signature de l&apos;audit : pas de clé</translation>
    </message>
    <message>
        <source>No audit signing key on this installation yet. Create one with
firebreak-cli audit key init
so the audit trail is signed every hour and on every export.</source>
        <translation>Pas encore de clé de signature de l&apos;audit sur cette installation. Créez-en une avec
firebreak-cli audit key init
pour que la piste d&apos;audit soit signée toutes les heures et à chaque export.</translation>
    </message>
    <message>
        <source>Audit signing: locked — unlock…</source>
        <translation>Signature de l&apos;audit : verrouillée — déverrouiller…</translation>
    </message>
    <message>
        <source>Click to enter the passphrase of %1.</source>
        <translation>Cliquez pour saisir la phrase secrète de %1.</translation>
    </message>
    <message>
        <source>Audit signing: on</source>
        <translation>Signature de l&apos;audit : active</translation>
    </message>
    <message>
        <source>Audit signed %1</source>
        <translation>Audit signé %1</translation>
    </message>
    <message>
        <source>Audit signing failed</source>
        <translation>Échec de la signature de l&apos;audit</translation>
    </message>
    <message>
        <source>Signing key %1 is unlocked; checkpoints are made hourly and on every export.</source>
        <translation>La clé de signature %1 est déverrouillée ; des points de contrôle sont faits toutes les heures et à chaque export.</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::ClassifyDialog</name>
    <message>
        <source>&amp;Personal data involved</source>
        <translation>Données &amp;personnelles concernées</translation>
    </message>
    <message>
        <source>Customer p&amp;roject data involved</source>
        <translation>Données de p&amp;rojet client concernées</translation>
    </message>
    <message>
        <source>&amp;High risk to data subjects</source>
        <translation>Risque é&amp;levé pour les personnes concernées</translation>
    </message>
    <message>
        <source>&amp;Significant incident (NIS2)</source>
        <translation>Incident &amp;important (NIS2)</translation>
    </message>
    <message>
        <source>&amp;Major ICT incident (DORA)</source>
        <translation>Incident TIC &amp;majeur (DORA)</translation>
    </message>
    <message>
        <source>Ma&amp;terial (SEC)</source>
        <translation>Signi&amp;ficatif (SEC)</translation>
    </message>
    <message>
        <source>Personal data of customers, staff or others was compromised.</source>
        <translation>Des données personnelles de clients, de salariés ou d&apos;autres personnes ont été compromises.</translation>
    </message>
    <message>
        <source>Data a customer entrusted to a project was compromised.</source>
        <translation>Des données confiées par un client à un projet ont été compromises.</translation>
    </message>
    <message>
        <source>Likely high risk to people&apos;s rights and freedoms (Art. 34).</source>
        <translation>Risque probablement élevé pour les droits et libertés des personnes (art. 34).</translation>
    </message>
    <message>
        <source>Severe disruption or loss, or considerable damage to others (Art. 23(3)).</source>
        <translation>Perturbation grave ou perte, ou dommage considérable causé à des tiers (art. 23(3)).</translation>
    </message>
    <message>
        <source>Meets the DORA criteria for a major ICT-related incident.</source>
        <translation>Remplit les critères DORA d&apos;un incident majeur lié aux TIC.</translation>
    </message>
    <message>
        <source>Materiality determined for Form 8-K reporting.</source>
        <translation>Caractère significatif établi pour une déclaration Form 8-K.</translation>
    </message>
    <message>
        <source>Classify and start clocks</source>
        <translation>Qualifier et démarrer les délais</translation>
    </message>
    <message>
        <source>&amp;Amend trigger…</source>
        <translation>&amp;Corriger le déclencheur…</translation>
    </message>
    <message>
        <source>Classify %1</source>
        <translation>Qualifier %1</translation>
    </message>
    <message>
        <source>What is this incident? Each choice starts its clocks</source>
        <translation>De quoi relève cet incident ? Chaque choix démarre ses délais</translation>
    </message>
    <message>
        <source>Starts %1.</source>
        <translation>Démarre %1.</translation>
    </message>
    <message>
        <source>no clock</source>
        <translation>aucun délai</translation>
    </message>
    <message>
        <source>What makes it so, e.g. “payroll export found in the attacker&apos;s staging folder”</source>
        <translation>Ce qui le justifie, ex. « export de la paie trouvé dans le dossier de transit de l&apos;attaquant »</translation>
    </message>
    <message>
        <source>Aware / &amp;decided at:</source>
        <translation>Connaissance / &amp;décision le :</translation>
    </message>
    <message>
        <source>Awareness is reasonable certainty that the incident compromised the data (EDPB 9/2022), not first detection. For DORA and SEC it is when the classification or materiality determination was made.</source>
        <translation>La prise de connaissance est une certitude raisonnable que l&apos;incident a compromis les données (CEPD 9/2022), pas la première détection. Pour DORA et la SEC, c&apos;est le moment où la qualification ou le caractère significatif a été établi.</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Décidé &amp;par :</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Pourquoi :</translation>
    </message>
    <message>
        <source>Move the instant of a recorded classification; deadlines follow</source>
        <translation>Déplacer l&apos;instant d&apos;une qualification enregistrée ; les échéances suivent</translation>
    </message>
    <message>
        <source>Could not read the recorded classifications of %1: %2</source>
        <translation>Impossible de lire les qualifications enregistrées de %1 : %2</translation>
    </message>
    <message>
        <source>Recorded by %1, from %2. Amend trigger… moves it.</source>
        <translation>Enregistré par %1, à partir de %2. « Corriger le déclencheur… » permet de le déplacer.</translation>
    </message>
    <message>
        <source>Recorded %1. Why: %2
Started: %3</source>
        <translation>Enregistré %1. Pourquoi : %2
Démarré : %3</translation>
    </message>
    <message>
        <source>Check at least one box: what the incident involves.</source>
        <translation>Cochez au moins une case : de quoi relève l&apos;incident.</translation>
    </message>
    <message>
        <source>Check what else the incident involves, or use Amend trigger… to move a recorded instant.</source>
        <translation>Cochez ce dont relève aussi l&apos;incident, ou utilisez « Corriger le déclencheur… » pour déplacer un instant enregistré.</translation>
    </message>
    <message>
        <source>The instant %1 is in the future.</source>
        <translation>L&apos;instant %1 est dans le futur.</translation>
    </message>
    <message>
        <source>Say who decided.</source>
        <translation>Indiquez qui a décidé.</translation>
    </message>
    <message>
        <source>Say why: the audit trail keeps the reason with the decision.</source>
        <translation>Indiquez pourquoi : la piste d&apos;audit conserve le motif avec la décision.</translation>
    </message>
    <message>
        <source>%1 was not classified: %2</source>
        <translation>%1 n&apos;a pas été qualifié : %2</translation>
    </message>
    <message>
        <source>
To change a recorded instant, use Amend trigger… and give the reason.</source>
        <translation>
Pour modifier un instant enregistré, utilisez « Corriger le déclencheur… » et indiquez le motif.</translation>
    </message>
    <message>
        <source>The instant %1 is before 2000: that cannot be right.</source>
        <translation>L&apos;instant %1 est antérieur à 2000 : ce ne peut pas être exact.</translation>
    </message>
    <message>
        <source>%1 became aware at %2; personal-data, project-data and significant clocks count from that one instant. Set it here, or use Amend trigger… to correct the awareness with a reason.</source>
        <translation>%1 a pris connaissance de la violation le %2 ; les délais données personnelles, données de projet et incident important courent tous à partir de cet instant unique. Indiquez-le ici, ou utilisez Rectifier un déclencheur… pour corriger la prise de connaissance avec un motif.</translation>
    </message>
    <message>
        <source>A decision cannot come before awareness (%1).</source>
        <translation>Une décision ne peut pas précéder la prise de connaissance (%1).</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::ClockAlerter</name>
    <message>
        <source>Firebreak: notification deadlines</source>
        <translation>Firebreak : échéances de notification</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>%1 notification deadlines need attention</source>
        <translation>%1 échéances de notification demandent votre attention</translation>
    </message>
    <message>
        <source>TARGET PASSED: %1 · %2</source>
        <translation>OBJECTIF DÉPASSÉ : %1 · %2</translation>
    </message>
    <message>
        <source>Target: %1 · %2</source>
        <translation>Objectif : %1 · %2</translation>
    </message>
    <message>
        <source>The internal target was %1 (%2). The law says without undue delay: send the communication or record why not.</source>
        <translation>L&apos;objectif interne était le %1 (%2). La loi impose d&apos;agir dans les meilleurs délais : envoyez la communication ou consignez pourquoi elle n&apos;est pas envoyée.</translation>
    </message>
    <message>
        <source>%1 left to the internal target %2 (not a legal deadline: the law says without undue delay). Recipient: %3.</source>
        <translation>Il reste %1 avant l&apos;objectif interne du %2 (ce n&apos;est pas une échéance légale : la loi impose d&apos;agir dans les meilleurs délais). Destinataire : %3.</translation>
    </message>
    <message>
        <source>OVERDUE: %1 · %2</source>
        <translation>EN RETARD : %1 · %2</translation>
    </message>
    <message>
        <source>Deadline was %1 (%2). Send the notice or record why not.</source>
        <translation>L&apos;échéance était le %1 (%2). Envoyez la notification ou consignez pourquoi elle n&apos;est pas envoyée.</translation>
    </message>
    <message>
        <source>%1 left, due %2. Recipient: %3.</source>
        <translation>Il reste %1, échéance le %2. Destinataire : %3.</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::ClockCard</name>
    <message>
        <source>Draft notice…</source>
        <translation>Rédiger la notification…</translation>
    </message>
    <message>
        <source>Record notice sent…</source>
        <translation>Enregistrer l&apos;envoi…</translation>
    </message>
    <message>
        <source>Decide not to notify…</source>
        <translation>Décider de ne pas notifier…</translation>
    </message>
    <message>
        <source>%1 · to %2</source>
        <translation>%1 · à %2</translation>
    </message>
    <message>
        <source>Record supplement…</source>
        <translation>Enregistrer un complément…</translation>
    </message>
    <message>
        <source>This clock starts when the %1 notice is sent</source>
        <translation>Ce délai démarre à l&apos;envoi de la notification %1</translation>
    </message>
    <message>
        <source>Draft supplement…</source>
        <translation>Rédiger un complément…</translation>
    </message>
    <message>
        <source>Attorney General delay…</source>
        <translation>Report par l&apos;Attorney General…</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::ClockPanel</name>
    <message>
        <source>Notification clocks</source>
        <translation>Délais de notification</translation>
    </message>
    <message>
        <source>C&amp;lassify…</source>
        <translation>&amp;Qualifier…</translation>
    </message>
    <message>
        <source>Record what the incident involves (personal data, NIS2 significant, …); that starts the matching clocks</source>
        <translation>Enregistrer de quoi relève l&apos;incident (données personnelles, incident important NIS2, …) ; cela démarre les délais correspondants</translation>
    </message>
    <message>
        <source>No incident selected.</source>
        <translation>Aucun incident sélectionné.</translation>
    </message>
    <message>
        <source>Could not read the clocks of %1: %2</source>
        <translation>Impossible de lire les délais de %1 : %2</translation>
    </message>
    <message>
        <source>No notification clock is running. If personal data, customer project data, or a NIS2, DORA or SEC threshold is involved, press Classify… to start the clocks from the moment of awareness.</source>
        <translation>Aucun délai de notification en cours. Si des données personnelles, des données de projet client, ou un seuil NIS2, DORA ou SEC sont en jeu, cliquez sur Qualifier… pour démarrer les délais à partir de la prise de connaissance.</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminés</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::ClosePanel</name>
    <message>
        <source>Close incident…</source>
        <translation>Clore l&apos;incident…</translation>
    </message>
    <message>
        <source>Reopen incident…</source>
        <translation>Rouvrir l&apos;incident…</translation>
    </message>
    <message>
        <source>Reopen the incident, with the reason why (recorded in the audit log)</source>
        <translation>Rouvrir l&apos;incident, avec le motif (consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>What blocks closing</source>
        <translation>Ce qui bloque la clôture</translation>
    </message>
    <message>
        <source>Double-click or press Enter on an item to go to it. Mandatory steps: mark them done, or skip them with a reason.</source>
        <translation>Double-cliquez ou appuyez sur Entrée sur un élément pour y aller. Étapes obligatoires : marquez-les faites, ou ignorez-les avec un motif.</translation>
    </message>
    <message>
        <source>Closing summary (optional; recorded in the audit log)</source>
        <translation>Bilan de clôture (facultatif ; consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 is closed&lt;/b&gt; since %2. Reopen it, with a reason, to change it again.</source>
        <translation>&lt;b&gt;%1 est clos&lt;/b&gt; depuis le %2. Rouvrez-le, avec un motif, pour le modifier à nouveau.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing blocks closing.&lt;/b&gt; Every mandatory step is done or skipped, the root cause is recorded, the notification clocks are resolved and the evidence verifies.</source>
        <translation>&lt;b&gt;Rien ne bloque la clôture.&lt;/b&gt; Chaque étape obligatoire est faite ou ignorée, la cause racine est enregistrée, les délais de notification sont résolus et les preuves sont vérifiées.</translation>
    </message>
    <message>
        <source>Closing is blocked until the items listed above are resolved</source>
        <translation>La clôture est bloquée tant que les points ci-dessus ne sont pas résolus</translation>
    </message>
    <message>
        <source>Close the incident (asks for confirmation)</source>
        <translation>Clore l&apos;incident (demande confirmation)</translation>
    </message>
    <message>
        <source>Close %1?</source>
        <translation>Clore %1 ?</translation>
    </message>
    <message>
        <source>Close %1 “%2”?</source>
        <translation>Clore %1 « %2 » ?</translation>
    </message>
    <message>
        <source>Close incident</source>
        <translation>Clore l&apos;incident</translation>
    </message>
    <message>
        <source>%1 was not closed: %2</source>
        <translation>%1 n&apos;a pas été clos : %2</translation>
    </message>
    <message>
        <source>Reopen %1</source>
        <translation>Rouvrir %1</translation>
    </message>
    <message>
        <source>Reopening makes %1 open again: its steps and records can be changed, and it must pass the closing checks again. The reason is recorded in the audit log.</source>
        <translation>La réouverture rend %1 à nouveau ouvert : ses étapes et enregistrements peuvent être modifiés, et il doit repasser les contrôles de clôture. Le motif est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Why the incident needs reopening</source>
        <translation>Pourquoi l&apos;incident doit être rouvert</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Un motif est obligatoire.</translation>
    </message>
    <message>
        <source>Reopen incident</source>
        <translation>Rouvrir l&apos;incident</translation>
    </message>
    <message>
        <source>Closing freezes the response and is recorded in the audit log; you confirm it first.</source>
        <translation>La clôture fige la réponse et est consignée dans le journal d&apos;audit ; vous la confirmez d&apos;abord.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n thing(s) block closing %1:&lt;/b&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%n point bloque la clôture de %1 :&lt;/b&gt;</numerusform>
            <numerusform>&lt;b&gt;%n points bloquent la clôture de %1 :&lt;/b&gt;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>firebreak::ui::ContactDialog</name>
    <message>
        <source>Log contact</source>
        <translation>Consigner le contact</translation>
    </message>
    <message>
        <source>Log contact — %1</source>
        <translation>Consigner un contact — %1</translation>
    </message>
    <message>
        <source>Their case, ticket or receipt number</source>
        <translation>Leur numéro de dossier, de ticket ou de récépissé</translation>
    </message>
    <message>
        <source>in person</source>
        <translation>en personne</translation>
    </message>
    <message>
        <source>web form</source>
        <translation>formulaire web</translation>
    </message>
    <message>
        <source>video call</source>
        <translation>visioconférence</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>Ce qui a été dit ou convenu</translation>
    </message>
    <message>
        <source>⚑ Flagged as a law-enforcement contact in the incident record. The agency is required; record the officer and their case reference.</source>
        <translation>⚑ Signalé comme contact avec les forces de l&apos;ordre dans le dossier de l&apos;incident. Le service est obligatoire ; consignez l&apos;enquêteur et sa référence de dossier.</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Partie :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>P&amp;erson:</source>
        <translation>P&amp;ersonne :</translation>
    </message>
    <message>
        <source>Case &amp;reference:</source>
        <translation>&amp;Référence du dossier :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal :</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Résumé :</translation>
    </message>
    <message>
        <source>A law-enforcement contact needs the agency.</source>
        <translation>Un contact avec les forces de l&apos;ordre exige le service concerné.</translation>
    </message>
    <message>
        <source>A summary of the contact is required.</source>
        <translation>Un résumé du contact est obligatoire.</translation>
    </message>
    <message>
        <source>&amp;Agency:</source>
        <translation>&amp;Service :</translation>
    </message>
    <message>
        <source>Offic&amp;er:</source>
        <translation>&amp;Enquêteur :</translation>
    </message>
    <message>
        <source>Required: e.g. national cybercrime unit</source>
        <translation>Obligatoire : ex. office central de lutte contre la cybercriminalité</translation>
    </message>
    <message>
        <source>Company or body</source>
        <translation>Entreprise ou organisme</translation>
    </message>
    <message>
        <source>Name and rank</source>
        <translation>Nom et grade</translation>
    </message>
    <message>
        <source>Who you spoke to</source>
        <translation>Votre interlocuteur</translation>
    </message>
    <message>
        <source>The contact was not logged: %1</source>
        <translation>Le contact n&apos;a pas été consigné : %1</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::ContactsPanel</name>
    <message>
        <source>Log contact…</source>
        <translation>Consigner un contact…</translation>
    </message>
    <message>
        <source>Log a contact with a customer, authority, law enforcement, vendor or insurer (Ctrl+Shift+C)</source>
        <translation>Consigner un contact avec un client, une autorité, les forces de l&apos;ordre, un fournisseur ou un assureur (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partie</translation>
    </message>
    <message>
        <source>Organisation / agency</source>
        <translation>Organisation / service</translation>
    </message>
    <message>
        <source>Person / officer</source>
        <translation>Personne / enquêteur</translation>
    </message>
    <message>
        <source>Case ref.</source>
        <translation>Réf. dossier</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Logged by</source>
        <translation>Consigné par</translation>
    </message>
    <message>
        <source>No contacts logged yet — Log contact… (Ctrl+Shift+C) records each call or message with customers, authorities, law enforcement, vendors and insurers.</source>
        <translation>Aucun contact consigné — Consigner un contact… (Ctrl+Maj+C) enregistre chaque appel ou message avec les clients, autorités, forces de l&apos;ordre, fournisseurs et assureurs.</translation>
    </message>
    <message>
        <source>The contacts log could not be read: %1</source>
        <translation>Le journal des contacts n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>⚑ Law enforcement</source>
        <translation>⚑ Forces de l&apos;ordre</translation>
    </message>
    <message>
        <source>Contact with law enforcement</source>
        <translation>Contact avec les forces de l&apos;ordre</translation>
    </message>
    <message>
        <source>⚑ %1 with law enforcement</source>
        <translation>⚑ %1 avec les forces de l&apos;ordre</translation>
    </message>
    <message>
        <source>none with law enforcement</source>
        <translation>aucun avec les forces de l&apos;ordre</translation>
    </message>
    <message numerus="yes">
        <source>%n contact(s) · %1</source>
        <translation>
            <numerusform>%n contact · %1</numerusform>
            <numerusform>%n contacts · %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>firebreak::ui::ContainmentDialog</name>
    <message>
        <source>Record isolation</source>
        <translation>Enregistrer l&apos;isolement</translation>
    </message>
    <message>
        <source>Record isolation — %1</source>
        <translation>Enregistrer un isolement — %1</translation>
    </message>
    <message>
        <source>Host name or asset</source>
        <translation>Nom d&apos;hôte ou actif</translation>
    </message>
    <message>
        <source>network cut (switch port shut)</source>
        <translation>coupure réseau (port de commutateur désactivé)</translation>
    </message>
    <message>
        <source>firewall rule</source>
        <translation>règle de pare-feu</translation>
    </message>
    <message>
        <source>VLAN quarantine</source>
        <translation>quarantaine VLAN</translation>
    </message>
    <message>
        <source>EDR network isolation</source>
        <translation>isolement réseau par l&apos;EDR</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>compte désactivé</translation>
    </message>
    <message>
        <source>credentials revoked</source>
        <translation>identifiants révoqués</translation>
    </message>
    <message>
        <source>VM paused</source>
        <translation>VM suspendue</translation>
    </message>
    <message>
        <source>What was done to contain it</source>
        <translation>Ce qui a été fait pour le confiner</translation>
    </message>
    <message>
        <source>How it was checked, e.g. ping from outside fails</source>
        <translation>Comment cela a été vérifié, ex. le ping depuis l&apos;extérieur échoue</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>&amp;Système :</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Par :</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>&amp;Verified by:</source>
        <translation>&amp;Vérifié par :</translation>
    </message>
    <message>
        <source>Name the system that was contained.</source>
        <translation>Indiquez le système qui a été confiné.</translation>
    </message>
    <message>
        <source>Say what was done to contain it.</source>
        <translation>Indiquez ce qui a été fait pour le confiner.</translation>
    </message>
    <message>
        <source>Not verified yet: you can record it now and verify later, but say how once you have.</source>
        <translation>Pas encore vérifié : vous pouvez l&apos;enregistrer maintenant et vérifier plus tard, mais indiquez comment une fois fait.</translation>
    </message>
    <message>
        <source>The isolation of %1 was not recorded: %2</source>
        <translation>L&apos;isolement de %1 n&apos;a pas été enregistré : %2</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::CorrectiveActionDialog</name>
    <message>
        <source>Due &amp;by</source>
        <translation>Échéance &amp;le</translation>
    </message>
    <message>
        <source>Add action</source>
        <translation>Ajouter l&apos;action</translation>
    </message>
    <message>
        <source>Add corrective action — %1</source>
        <translation>Ajouter une action corrective — %1</translation>
    </message>
    <message>
        <source>What will be changed so it does not happen again</source>
        <translation>Ce qui sera changé pour que cela ne se reproduise pas</translation>
    </message>
    <message>
        <source>Person or team</source>
        <translation>Personne ou équipe</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>Due:</source>
        <translation>Échéance :</translation>
    </message>
    <message>
        <source>Describe the corrective action.</source>
        <translation>Décrivez l&apos;action corrective.</translation>
    </message>
    <message>
        <source>Every corrective action needs an owner.</source>
        <translation>Chaque action corrective exige un responsable.</translation>
    </message>
    <message>
        <source>The corrective action was not added: %1</source>
        <translation>L&apos;action corrective n&apos;a pas été ajoutée : %1</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::CorrectivePanel</name>
    <message>
        <source>Add corrective action…</source>
        <translation>Ajouter une action corrective…</translation>
    </message>
    <message>
        <source>Add what will change so this does not happen again, with owner and due date</source>
        <translation>Ajouter ce qui changera pour que cela ne se reproduise pas, avec un responsable et une échéance</translation>
    </message>
    <message>
        <source>Corrective action</source>
        <translation>Action corrective</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>No corrective actions yet — Add corrective action… for each change that stops this happening again, with an owner and a due date.</source>
        <translation>Aucune action corrective — Ajouter une action corrective… pour chaque changement qui empêche que cela se reproduise, avec un responsable et une échéance.</translation>
    </message>
    <message>
        <source>Set state</source>
        <translation>Changer l&apos;état</translation>
    </message>
    <message>
        <source>Change the selected action&apos;s state (recorded in the audit log)</source>
        <translation>Changer l&apos;état de l&apos;action sélectionnée (consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>State of the selected corrective action</source>
        <translation>État de l&apos;action corrective sélectionnée</translation>
    </message>
    <message>
        <source>The corrective actions could not be read: %1</source>
        <translation>Les actions correctives n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>%1 open%2</source>
        <translation>%1 ouverte(s)%2</translation>
    </message>
    <message>
        <source> · %1 overdue</source>
        <translation> · %1 en retard</translation>
    </message>
    <message>
        <source>no corrective action in row %1</source>
        <translation>aucune action corrective à la ligne %1</translation>
    </message>
    <message>
        <source>“%1” was not changed: %2</source>
        <translation>« %1 » n&apos;a pas été modifié : %2</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::CustodyDialog</name>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Where it happened or where the item now is</source>
        <translation>Où cela s&apos;est passé ou où se trouve la pièce maintenant</translation>
    </message>
    <message>
        <source>hand delivery, courier + shipping number, sealed bag no. …</source>
        <translation>remise en main propre, transporteur + n° de suivi, scellé n° …</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action :</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;De :</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;À :</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>&amp;Purpose:</source>
        <translation>&amp;Finalité :</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement :</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Méthode :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Who handed %1 over? (From is required for a transfer.)</source>
        <translation>Qui a remis %1 ? (« De » est obligatoire pour un transfert.)</translation>
    </message>
    <message>
        <source>Who received %1? (To is required for a transfer.)</source>
        <translation>Qui a reçu %1 ? (« À » est obligatoire pour un transfert.)</translation>
    </message>
    <message>
        <source>Where is %1 stored now? (Location is required.)</source>
        <translation>Où %1 est-il stocké désormais ? (Le lieu est obligatoire.)</translation>
    </message>
    <message>
        <source>Time zone &quot;%1&quot; is not known; pick one from the list.</source>
        <translation>Le fuseau horaire « %1 » est inconnu ; choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>That time is in the future.</source>
        <translation>Cette heure est dans le futur.</translation>
    </message>
    <message>
        <source>Record %1 — %2 of %3</source>
        <translation>Enregistrer %1 — %2 de %3</translation>
    </message>
    <message>
        <source>Required: who handed it over (name, title, phone)</source>
        <translation>Obligatoire : qui l&apos;a remis (nom, fonction, téléphone)</translation>
    </message>
    <message>
        <source>Who had it</source>
        <translation>Qui l&apos;avait</translation>
    </message>
    <message>
        <source>Required: who received it (name, title, phone)</source>
        <translation>Obligatoire : qui l&apos;a reçu (nom, fonction, téléphone)</translation>
    </message>
    <message>
        <source>Who has it now</source>
        <translation>Qui l&apos;a maintenant</translation>
    </message>
    <message>
        <source>Why it was moved</source>
        <translation>Pourquoi il a été déplacé</translation>
    </message>
    <message>
        <source>Required: e.g. analysis at the lab, handed to police</source>
        <translation>Obligatoire : ex. analyse au laboratoire, remise à la police</translation>
    </message>
    <message>
        <source>Nothing was recorded: %1</source>
        <translation>Rien n&apos;a été enregistré : %1</translation>
    </message>
    <message>
        <source>Required: why it is recorded from someone who does not hold it</source>
        <translation>Obligatoire : pourquoi la remise est enregistrée au nom de quelqu&apos;un qui ne détient pas la pièce</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>The purpose is required: why is %1 handed over?</source>
        <translation>L&apos;objet est obligatoire : pourquoi %1 est-elle remise ?</translation>
    </message>
    <message>
        <source>The purpose is required: why this entry for %1?</source>
        <translation>L&apos;objet est obligatoire : pourquoi cette entrée pour %1 ?</translation>
    </message>
    <message>
        <source>%1 is held by %2. Record the hand-over from them, or give the reason it is recorded from someone else.</source>
        <translation>%1 est détenue par %2. Enregistrez la remise au nom de ce détenteur, ou indiquez pourquoi elle est enregistrée au nom d&apos;une autre personne.</translation>
    </message>
    <message>
        <source>transfer</source>
        <translation>remise</translation>
    </message>
    <message>
        <source>Held by %1 since %2</source>
        <translation>Sous la garde de %1 depuis le %2</translation>
    </message>
    <message>
        <source>Held by %1</source>
        <translation>Sous la garde de %1</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::CustomerTextDialog</name>
    <message>
        <source>Reference of the notice: %1</source>
        <translation>Référence de la notification : %1</translation>
    </message>
    <message>
        <source>Reasons for the delay: %1</source>
        <translation>Raisons du retard : %1</translation>
    </message>
    <message>
        <source>Customer texts — %1</source>
        <translation>Textes pour le client — %1</translation>
    </message>
    <message>
        <source>The Reason for Outage carries only what is written or approved here for the customer, plus times, durations, counts and notification states. The internal text on the left is the source; nothing of it is sent unless you write it on the right. Each approval is recorded in the audit trail under your name.</source>
        <translation>Le rapport d&apos;incident (RFO) ne contient que ce qui est rédigé ou approuvé ici pour le client, plus des heures, des durées, des nombres et l&apos;état des notifications. Le texte interne, à gauche, sert de source ; rien n&apos;en est transmis tant que vous ne l&apos;écrivez pas à droite. Chaque approbation est consignée dans la piste d&apos;audit à votre nom.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Internal source&lt;/b&gt;</source>
        <translation>&lt;b&gt;Source interne&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;For the customer&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pour le client&lt;/b&gt;</translation>
    </message>
    <message>
        <source>(nothing recorded)</source>
        <translation>(rien d&apos;enregistré)</translation>
    </message>
    <message>
        <source>Not approved: left out of the customer&apos;s copy</source>
        <translation>Non approuvé : absent de la version client</translation>
    </message>
    <message>
        <source>Approved by %1 at %2 UTC</source>
        <translation>Approuvé par %1 le %2 UTC</translation>
    </message>
    <message>
        <source>&amp;Approve for the customer</source>
        <translation>&amp;Approuver pour le client</translation>
    </message>
    <message>
        <source>Could not approve %1: %2
The fields approved before it are saved.</source>
        <translation>Impossible d&apos;approuver %1 : %2
Les champs approuvés avant lui sont enregistrés.</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::DeadlineBanner</name>
    <message>
        <source>Open incident</source>
        <translation>Ouvrir l&apos;incident</translation>
    </message>
    <message>
        <source>due %1</source>
        <translation>échéance %1</translation>
    </message>
    <message>
        <source>Open %1</source>
        <translation>Ouvrir %1</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::EvidenceDetails</name>
    <message>
        <source>Select an item to see its hashes, chain of custody and verification history.</source>
        <translation>Sélectionnez une pièce pour voir ses empreintes, sa chaîne de possession et son historique de vérification.</translation>
    </message>
    <message>
        <source>&lt;br&gt;Last check %1 by %2:&lt;br&gt;%3</source>
        <translation>&lt;br&gt;Dernière vérification %1 par %2 :&lt;br&gt;%3</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1; font-weight:bold;&apos;&gt;⚠ %2 — %3 does not match what was registered.&lt;/span&gt; Do not rely on it until this is explained.%4</source>
        <translation>&lt;span style=&apos;color:%1; font-weight:bold;&apos;&gt;⚠ %2 — %3 ne correspond pas à ce qui a été enregistré.&lt;/span&gt; Ne vous y fiez pas tant que ce n&apos;est pas expliqué.%4</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collecté</translation>
    </message>
    <message>
        <source>Examiner</source>
        <translation>Examinateur</translation>
    </message>
    <message>
        <source>Collected by</source>
        <translation>Collecté par</translation>
    </message>
    <message>
        <source>Stored at</source>
        <translation>Stocké à</translation>
    </message>
    <message>
        <source>Volatility</source>
        <translation>Volatilité</translation>
    </message>
    <message>
        <source>Acquired</source>
        <translation>Acquis</translation>
    </message>
    <message>
        <source>Segments (%1)</source>
        <translation>Segments (%1)</translation>
    </message>
    <message>
        <source>Bad sectors</source>
        <translation>Secteurs défectueux</translation>
    </message>
    <message>
        <source>Original kept at</source>
        <translation>Original conservé à</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Verification history (%1)</source>
        <translation>Historique de vérification (%1)</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;Not re-hashed since it was registered — Verify now checks it.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;Pas recalculé depuis son enregistrement — « Vérifier maintenant » le contrôle.&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Chain of custody (%1)</source>
        <translation>Chaîne de possession (%1)</translation>
    </message>
    <message>
        <source>; given in %1</source>
        <translation> ; indiqué en %1</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Finalité : %1</translation>
    </message>
    <message>
        <source>Method: %1</source>
        <translation>Méthode : %1</translation>
    </message>
    <message>
        <source>Location: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <source>&lt;span style=&apos;color:%1&apos;&gt;No custody entries.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:%1&apos;&gt;Aucune entrée de possession.&lt;/span&gt;</translation>
    </message>
    <message>
        <source> &lt;span style=&apos;color:%1&apos;&gt;(given in %2)&lt;/span&gt;</source>
        <translation> &lt;span style=&apos;color:%1&apos;&gt;(indiqué en %2)&lt;/span&gt;</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notes : %1</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;span style=&apos;color:%1&apos;&gt;recorded by %2, %3&lt;/span&gt;&lt;/p&gt;</source>
        <translation>&lt;br&gt;&lt;span style=&apos;color:%1&apos;&gt;consigné par %2, %3&lt;/span&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>none of the listed systems</source>
        <translation>aucun des systèmes recensés</translation>
    </message>
    <message>
        <source>%1 (disk image of this system)</source>
        <translation>%1 (image disque de ce système)</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::EvidenceListModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collecté</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>%L1 bytes</source>
        <translation>%L1 octets</translation>
    </message>
    <message>
        <source>
Collected in %1</source>
        <translation>
Collecté en %1</translation>
    </message>
    <message>
        <source>SHA-256 %1
(right-click or Ctrl+C to copy)</source>
        <translation>SHA-256 %1
(clic droit ou Ctrl+C pour copier)</translation>
    </message>
    <message>
        <source>The last verification of %1 did not match what was registered. See its verification history.</source>
        <translation>La dernière vérification de %1 ne correspond pas à ce qui a été enregistré. Voir son historique de vérification.</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::EvidencePanel</name>
    <message>
        <source>A&amp;dd file…</source>
        <translation>A&amp;jouter un fichier…</translation>
    </message>
    <message>
        <source>Hash a log file, memory dump, pcap or photo and add it to the register</source>
        <translation>Hacher un fichier journal, une image mémoire, une capture pcap ou une photo et l&apos;ajouter au registre</translation>
    </message>
    <message>
        <source>Verify &amp;now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Re-hash the selected item and compare with what was registered</source>
        <translation>Recalculer les empreintes de la pièce sélectionnée et les comparer à celles enregistrées</translation>
    </message>
    <message>
        <source>Record &amp;transfer…</source>
        <translation>Enregistrer un &amp;transfert…</translation>
    </message>
    <message>
        <source>Record that the selected item changed hands</source>
        <translation>Enregistrer que la pièce sélectionnée a changé de mains</translation>
    </message>
    <message>
        <source>Record c&amp;ustody…</source>
        <translation>Enregistrer une &amp;possession…</translation>
    </message>
    <message>
        <source>Record that the selected item was examined, stored, returned or released</source>
        <translation>Enregistrer que la pièce sélectionnée a été examinée, stockée, restituée ou libérée</translation>
    </message>
    <message>
        <source>Hand &amp;over evidence…</source>
        <translation>&amp;Remettre des preuves…</translation>
    </message>
    <message>
        <source>Package evidence with its custody record for law enforcement or a lab</source>
        <translation>Empaqueter des preuves avec leur chaîne de possession pour les forces de l&apos;ordre ou un laboratoire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>No evidence yet — Acquire Image… (Ctrl+Shift+I) images a disk; Add file… hashes and registers a log, memory dump, pcap or photo.</source>
        <translation>Aucune preuve pour l&apos;instant — Acquérir une image… (Ctrl+Maj+I) image un disque ; Ajouter un fichier… hache et enregistre un journal, une image mémoire, une capture pcap ou une photo.</translation>
    </message>
    <message>
        <source>Copy SHA-256</source>
        <translation>Copier le SHA-256</translation>
    </message>
    <message>
        <source>Verifying %1: %2 of %3 · %4/s · %5 left</source>
        <translation>Vérification de %1 : %2 sur %3 · %4/s · %5 restant</translation>
    </message>
    <message>
        <source>Could not read the evidence register of %1: %2</source>
        <translation>Impossible de lire le registre des preuves de %1 : %2</translation>
    </message>
    <message>
        <source>Hashes, chain of custody and verification history of the selected item appear here.</source>
        <translation>Les empreintes, la chaîne de possession et l&apos;historique de vérification de la pièce sélectionnée s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Select an item to see its hashes, chain of custody and verification history.</source>
        <translation>Sélectionnez une pièce pour voir ses empreintes, sa chaîne de possession et son historique de vérification.</translation>
    </message>
    <message>
        <source>Could not read the history of %1: %2</source>
        <translation>Impossible de lire l&apos;historique de %1 : %2</translation>
    </message>
    <message>
        <source>SHA-256 of %1 copied: %2</source>
        <translation>SHA-256 de %1 copié : %2</translation>
    </message>
    <message>
        <source>%1 added to the register of %2.</source>
        <translation>%1 ajouté au registre de %2.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non exécuté</translation>
    </message>
    <message>
        <source>Verification of %1 cancelled — nothing was recorded.</source>
        <translation>Vérification de %1 annulée — rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>%1 could not be verified: %2</source>
        <translation>%1 n&apos;a pas pu être vérifié : %2</translation>
    </message>
    <message>
        <source>✓ %1 verified %2: MD5, SHA-1 and SHA-256 match what was registered.</source>
        <translation>✓ %1 vérifié %2 : MD5, SHA-1 et SHA-256 correspondent à ce qui a été enregistré.</translation>
    </message>
    <message>
        <source>⚠ %1 of %2: %3 does NOT match what was registered. See its verification history.</source>
        <translation>⚠ %1 de %2 : %3 ne correspond PAS à ce qui a été enregistré. Voir son historique de vérification.</translation>
    </message>
    <message>
        <source>%1 does not match — %2</source>
        <translation>%1 ne correspond pas — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1: evidence %2 no longer matches what was registered.&lt;/b&gt;&lt;br&gt;The result is recorded in its verification history and in the audit trail.</source>
        <translation>&lt;b&gt;%1 : la preuve %2 ne correspond plus à ce qui a été enregistré.&lt;/b&gt;&lt;br&gt;Le résultat est consigné dans son historique de vérification et dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Verifying %1: re-reading and hashing…</source>
        <translation>Vérification de %1 : relecture et calcul des empreintes…</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be recorded.</source>
        <translation>Annulation… rien ne sera enregistré.</translation>
    </message>
    <message>
        <source>Could not read the acquisitions of %1: %2</source>
        <translation>Impossible de lire les acquisitions de %1 : %2</translation>
    </message>
    <message>
        <source>Image the source again to a new destination; keep the partial files and their log as a record.</source>
        <translation>Réimagez la source vers une nouvelle destination ; conservez les fichiers partiels et leur journal comme trace.</translation>
    </message>
    <message>
        <source>Taken from system…</source>
        <translation>Provient du système…</translation>
    </message>
    <message>
        <source>Name the incident&apos;s system this item was taken from</source>
        <translation>Indiquer le système de l&apos;incident dont provient cette pièce</translation>
    </message>
    <message>
        <source>None of the listed systems</source>
        <translation>Aucun des systèmes recensés</translation>
    </message>
    <message>
        <source>%1 — taken from system</source>
        <translation>%1 — système d&apos;origine</translation>
    </message>
    <message>
        <source>%1 lists no system yet: add them on the Systems tab first.</source>
        <translation>%1 ne recense encore aucun système : ajoutez-les d&apos;abord dans l&apos;onglet Systèmes.</translation>
    </message>
    <message>
        <source>Which of %1&apos;s systems was %2 taken from?</source>
        <translation>De quel système de %1 provient %2 ?</translation>
    </message>
    <message>
        <source>Nothing was changed: %1</source>
        <translation>Rien n&apos;a été modifié : %1</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::HandoverDialog</name>
    <message>
        <source>Hand over evidence — %1</source>
        <translation>Remettre des preuves — %1</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pièce</translation>
    </message>
    <message>
        <source>In the package</source>
        <translation>Dans le paquet</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Evidence to hand over (tick each item; &quot;hash record only&quot; when its data travels on separate media):</source>
        <translation>Preuves à remettre (cochez chaque pièce ; « empreintes seules » quand ses données voyagent sur un support séparé) :</translation>
    </message>
    <message>
        <source>agency, officer, case reference</source>
        <translation>service, enquêteur, référence du dossier</translation>
    </message>
    <message>
        <source>in person / courier and shipping number</source>
        <translation>en main propre / transporteur et numéro de suivi</translation>
    </message>
    <message>
        <source>Recipient:</source>
        <translation>Destinataire :</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation>Finalité :</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Méthode :</translation>
    </message>
    <message>
        <source>new folder or .tar file to create</source>
        <translation>nouveau dossier ou fichier .tar à créer</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Single tar file</source>
        <translation>Fichier tar unique</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Package to create</source>
        <translation>Paquet à créer</translation>
    </message>
    <message>
        <source>Write to:</source>
        <translation>Écrire dans :</translation>
    </message>
    <message>
        <source>examiner key (PEM); empty: unsigned</source>
        <translation>clé de l&apos;examinateur (PEM) ; vide : non signé</translation>
    </message>
    <message>
        <source>examiner certificate (PEM)</source>
        <translation>certificat de l&apos;examinateur (PEM)</translation>
    </message>
    <message>
        <source>passphrase of the key</source>
        <translation>phrase secrète de la clé</translation>
    </message>
    <message>
        <source>New examiner key…</source>
        <translation>Nouvelle clé d&apos;examinateur…</translation>
    </message>
    <message>
        <source>Create a key (protected by the passphrase) and a self-signed certificate at the paths above, in your name.</source>
        <translation>Créer une clé (protégée par la phrase secrète) et un certificat auto-signé aux chemins ci-dessus, à votre nom.</translation>
    </message>
    <message>
        <source>Signing key:</source>
        <translation>Clé de signature :</translation>
    </message>
    <message>
        <source>Certificate:</source>
        <translation>Certificat :</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>Phrase secrète :</translation>
    </message>
    <message>
        <source>recipient certificate (PEM) to encrypt to; empty: not encrypted</source>
        <translation>certificat du destinataire (PEM) pour le chiffrement ; vide : non chiffré</translation>
    </message>
    <message>
        <source>Encrypt to:</source>
        <translation>Chiffrer pour :</translation>
    </message>
    <message>
        <source>The manifest&apos;s SHA-256 and the recipient&apos;s commands appear here.</source>
        <translation>Le SHA-256 du manifeste et les commandes du destinataire s&apos;affichent ici.</translation>
    </message>
    <message>
        <source>Create package</source>
        <translation>Créer le paquet</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Ship the files</source>
        <translation>Joindre les fichiers</translation>
    </message>
    <message>
        <source>Hash record only</source>
        <translation>Empreintes seules</translation>
    </message>
    <message>
        <source>Tick at least one evidence item.</source>
        <translation>Cochez au moins une pièce à conviction.</translation>
    </message>
    <message>
        <source>Name the recipient (agency, officer, reference).</source>
        <translation>Indiquez le destinataire (service, enquêteur, référence).</translation>
    </message>
    <message>
        <source>Choose where to write the package.</source>
        <translation>Choisissez où écrire le paquet.</translation>
    </message>
    <message>
        <source>%1 already exists; a package never replaces anything.</source>
        <translation>%1 existe déjà ; un paquet ne remplace jamais rien.</translation>
    </message>
    <message>
        <source>Give both the signing key and its certificate, or neither.</source>
        <translation>Indiquez à la fois la clé de signature et son certificat, ou aucun des deux.</translation>
    </message>
    <message>
        <source>Enter the passphrase of the signing key.</source>
        <translation>Saisissez la phrase secrète de la clé de signature.</translation>
    </message>
    <message>
        <source>Encryption needs the single tar file format.</source>
        <translation>Le chiffrement exige le format fichier tar unique.</translation>
    </message>
    <message>
        <source>New examiner key %1
certificate %2
subject %3
SHA-256 fingerprint %4
Give this fingerprint to recipients by another channel.</source>
        <translation>Nouvelle clé d&apos;examinateur %1
certificat %2
sujet %3
empreinte SHA-256 %4
Transmettez cette empreinte aux destinataires par un autre canal.</translation>
    </message>
    <message>
        <source>Preparing the custody forms and the report…</source>
        <translation>Préparation des formulaires de chaîne de possession et du rapport…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 of %2 — %3 MB/s — %4 left</source>
        <translation>%1 sur %2 — %3 Mo/s — %4 restant</translation>
    </message>
    <message>
        <source>Package: %1
Manifest SHA-256: %2
</source>
        <translation>Paquet : %1
SHA-256 du manifeste : %2
</translation>
    </message>
    <message>
        <source>Signed by: %1
Certificate sha256 Fingerprint=%2
</source>
        <translation>Signé par : %1
Certificat sha256 Fingerprint=%2
</translation>
    </message>
    <message>
        <source>NOT signed.
</source>
        <translation>NON signé.
</translation>
    </message>
    <message>
        <source>Encrypted to: %1
</source>
        <translation>Chiffré pour : %1
</translation>
    </message>
    <message>
        <source>
The recipient runs:
</source>
        <translation>
Le destinataire exécute :
</translation>
    </message>
    <message>
        <source>%1 packed in %2 s (%3 MB/s)</source>
        <translation>%1 empaqueté en %2 s (%3 Mo/s)</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>SHA-256 of %1 (as sent): %2
</source>
        <translation>SHA-256 de %1 (tel qu’envoyé) : %2
</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::IncidentDetailPane</name>
    <message>
        <source>Add person…</source>
        <translation>Ajouter une personne…</translation>
    </message>
    <message>
        <source>Add system…</source>
        <translation>Ajouter un système…</translation>
    </message>
    <message>
        <source>No people on this incident yet — Add person… records who is working on it and how to reach them.</source>
        <translation>Personne sur cet incident pour l&apos;instant — Ajouter une personne… enregistre qui y travaille et comment le joindre.</translation>
    </message>
    <message>
        <source>No affected systems recorded — Add system… for each host to isolate and image.</source>
        <translation>Aucun système affecté enregistré — Ajouter un système… pour chaque hôte à isoler et à imager.</translation>
    </message>
    <message>
        <source>No audit entries for this incident.</source>
        <translation>Aucune entrée d&apos;audit pour cet incident.</translation>
    </message>
    <message>
        <source>Add a person working on this incident (Ctrl+Shift+P)</source>
        <translation>Ajouter une personne qui travaille sur cet incident (Ctrl+Maj+P)</translation>
    </message>
    <message>
        <source>Record an affected system (Ctrl+Shift+S)</source>
        <translation>Enregistrer un système affecté (Ctrl+Maj+S)</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Clocks</source>
        <translation>Délais</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Select an incident above to see its people, systems and audit log.</source>
        <translation>Sélectionnez un incident ci-dessus pour voir ses personnes, ses systèmes et son journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Could not read %1 from the case store: %2</source>
        <translation>Impossible de lire %1 dans la base de dossiers : %2</translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation>Personnes (%1)</translation>
    </message>
    <message>
        <source>Systems (%1)</source>
        <translation>Systèmes (%1)</translation>
    </message>
    <message>
        <source>Audit log (%1)</source>
        <translation>Journal d&apos;audit (%1)</translation>
    </message>
    <message>
        <source>Evidence (%1) · %2 MISMATCH</source>
        <translation>Preuves (%1) · %2 DIVERGENCE(S)</translation>
    </message>
    <message>
        <source>Evidence (%1)</source>
        <translation>Preuves (%1)</translation>
    </message>
    <message>
        <source>Audit trail is empty.</source>
        <translation>La piste d&apos;audit est vide.</translation>
    </message>
    <message>
        <source>✓ Hash chain verified: %1 entries in this case store, head %2…</source>
        <translation>✓ Chaîne d&apos;empreintes vérifiée : %1 entrées dans cette base de dossiers, tête %2…</translation>
    </message>
    <message>
        <source>⚠ Hash chain broken at seq %1 — entries from there on cannot be proven unaltered.</source>
        <translation>⚠ Chaîne d&apos;empreintes rompue à la séquence %1 — les entrées à partir de là ne peuvent pas être prouvées inaltérées.</translation>
    </message>
    <message>
        <source>The phase was not changed: %1</source>
        <translation>La phase n&apos;a pas été changée : %1</translation>
    </message>
    <message>
        <source>Select an entry to see its record: action id, hashes and raw data.</source>
        <translation>Sélectionnez une entrée pour voir son enregistrement : identifiant d&apos;action, empreintes et données brutes.</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::IncidentHeader</name>
    <message>
        <source>Move the incident to another phase (recorded in the audit log)</source>
        <translation>Faire passer l&apos;incident à une autre phase (consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>&amp;Phase</source>
        <translation>&amp;Phase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>Detected</source>
        <translation>Détecté le</translation>
    </message>
    <message>
        <source>Aware (clocks start)</source>
        <translation>Connaissance (début des délais)</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non renseigné</translation>
    </message>
    <message>
        <source>No description</source>
        <translation>Pas de description</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::IncidentListModel</name>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>No commander assigned</source>
        <translation>Aucun responsable désigné</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Commander</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Dernière activité</translation>
    </message>
    <message>
        <source>Local time (%1); hover a cell for UTC</source>
        <translation>Heure locale (%1) ; survolez une cellule pour l&apos;UTC</translation>
    </message>
    <message>
        <source>No notification clock running</source>
        <translation>Aucun délai de notification en cours</translation>
    </message>
    <message>
        <source>Next deadline</source>
        <translation>Prochaine échéance</translation>
    </message>
    <message>
        <source>Time left on each incident&apos;s most urgent notification clock; sort to see the most urgent first</source>
        <translation>Temps restant sur le délai de notification le plus urgent de chaque incident ; triez pour voir le plus urgent en premier</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::IncidentListPane</name>
    <message>
        <source>Filter incidents by id, title, commander, severity or phase  (Ctrl+F)</source>
        <translation>Filtrer les incidents par id, titre, responsable, gravité ou phase  (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1 of %2 incidents shown</source>
        <translation>%1 incidents affichés sur %2</translation>
    </message>
    <message>
        <source>No incidents yet — press Ctrl+N to open one</source>
        <translation>Aucun incident pour l&apos;instant — appuyez sur Ctrl+N pour en ouvrir un</translation>
    </message>
    <message>
        <source>No incidents match “%1” — press Esc in the filter to clear it</source>
        <translation>Aucun incident ne correspond à « %1 » — appuyez sur Échap dans le filtre pour l&apos;effacer</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n open</source>
        <translation>
            <numerusform>%1 · %n ouvert</numerusform>
            <numerusform>%1 · %n ouverts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n incident</numerusform>
            <numerusform>%n incidents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>firebreak::ui::IncidentWorkspace</name>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>&amp;Contacts</source>
        <translation>C&amp;ontacts</translation>
    </message>
    <message>
        <source>&amp;Isolation</source>
        <translation>&amp;Isolement</translation>
    </message>
    <message>
        <source>R&amp;estore</source>
        <translation>R&amp;établissement</translation>
    </message>
    <message>
        <source>&amp;RCA</source>
        <translation>&amp;RCA</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lôture</translation>
    </message>
    <message>
        <source>%1 could not be loaded: %2</source>
        <translation>%1 n&apos;a pas pu être chargé : %2</translation>
    </message>
    <message>
        <source>The steps could not be read: %1</source>
        <translation>Les étapes n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>The progress could not be read: %1</source>
        <translation>L&apos;avancement n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>The closing checks could not be run: %1</source>
        <translation>Les contrôles de clôture n&apos;ont pas pu être exécutés : %1</translation>
    </message>
    <message>
        <source>the closing checks failed to run</source>
        <translation>les contrôles de clôture n&apos;ont pas pu s&apos;exécuter</translation>
    </message>
    <message>
        <source>The notification clocks could not be read: %1</source>
        <translation>Les délais de notification n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>C&amp;losed</source>
        <translation>C&amp;los</translation>
    </message>
    <message>
        <source>C&amp;lose ✓</source>
        <translation>C&amp;lôture ✓</translation>
    </message>
    <message>
        <source>The phase was not changed: %1</source>
        <translation>La phase n&apos;a pas été changée : %1</translation>
    </message>
    <message numerus="yes">
        <source>C&amp;lose (%n blocking)</source>
        <translation>
            <numerusform>C&amp;lôture (%n bloquant)</numerusform>
            <numerusform>C&amp;lôture (%n bloquants)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>firebreak::ui::InstantEdit</name>
    <message>
        <source>Typed in local time; stored in UTC</source>
        <translation>Saisi en heure locale ; stocké en UTC</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::InterruptedBanner</name>
    <message>
        <source>Show evidence</source>
        <translation>Afficher les preuves</translation>
    </message>
    <message numerus="yes">
        <source>%n acquisitions never finished. First: %1</source>
        <translation>
            <numerusform>%n acquisition n&apos;a jamais abouti. Première : %1</numerusform>
            <numerusform>%n acquisitions n&apos;ont jamais abouti. Première : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>firebreak::ui::IsolationPanel</name>
    <message>
        <source>Record isolation…</source>
        <translation>Enregistrer un isolement…</translation>
    </message>
    <message>
        <source>Record a system isolated, how, and how it was verified (Ctrl+Shift+I)</source>
        <translation>Enregistrer un système isolé, comment, et comment cela a été vérifié (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Verified by</source>
        <translation>Vérifié par</translation>
    </message>
    <message>
        <source>No systems isolated yet — Record isolation… (Ctrl+Shift+I) for each system cut off: what was done, by whom, and how it was verified.</source>
        <translation>Aucun système isolé pour l&apos;instant — Enregistrer un isolement… (Ctrl+Maj+I) pour chaque système coupé : ce qui a été fait, par qui, et comment cela a été vérifié.</translation>
    </message>
    <message>
        <source>The containment actions could not be read: %1</source>
        <translation>Les mesures de confinement n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source> · %1 not verified</source>
        <translation> · %1 non vérifiée(s)</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) on %1%2</source>
        <translation>
            <numerusform>%n action sur %1%2</numerusform>
            <numerusform>%n actions sur %1%2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n system(s)</source>
        <translation>
            <numerusform>%n système</numerusform>
            <numerusform>%n systèmes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>firebreak::ui::MainWindow</name>
    <message>
        <source>Some clock rule files were rejected: %1</source>
        <translation>Certains fichiers de règles de délais ont été rejetés : %1</translation>
    </message>
    <message>
        <source>DEMO (discarded on exit) — Firebreak</source>
        <translation>DÉMO (supprimée à la fermeture) — Firebreak</translation>
    </message>
    <message>
        <source>%1 — Firebreak</source>
        <translation>%1 — Firebreak</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 ouvert</translation>
    </message>
    <message>
        <source>Created new case store %1</source>
        <translation>Nouvelle base de dossiers créée : %1</translation>
    </message>
    <message>
        <source>%1 could not be opened</source>
        <translation>%1 n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>Refresh failed: %1</source>
        <translation>Échec de l&apos;actualisation : %1</translation>
    </message>
    <message>
        <source>The incident you open appears here with its people, systems and audit log.</source>
        <translation>L&apos;incident que vous ouvrez s&apos;affiche ici avec ses personnes, ses systèmes et son journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Select an incident above to see its people, systems and audit log.</source>
        <translation>Sélectionnez un incident ci-dessus pour voir ses personnes, ses systèmes et son journal d&apos;audit.</translation>
    </message>
    <message>
        <source>New case store</source>
        <translation>Nouvelle base de dossiers</translation>
    </message>
    <message>
        <source>Firebreak case stores (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de dossiers Firebreak (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Opened incident %1</source>
        <translation>Incident %1 ouvert</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>%1 was not opened: no password given</source>
        <translation>%1 n&apos;a pas été ouverte : aucun mot de passe saisi</translation>
    </message>
    <message>
        <source>%1 · team store as %2 — Firebreak</source>
        <translation>%1 · base d&apos;équipe en tant que %2 — Firebreak</translation>
    </message>
    <message>
        <source>Connected to team store %1 as %2</source>
        <translation>Connecté à la base d&apos;équipe %1 en tant que %2</translation>
    </message>
    <message>
        <source>⚠ The team store is not answering since %1. What you see may be out of date and changes cannot be saved; Firebreak keeps trying and catches up when it is back.</source>
        <translation>⚠ La base d&apos;équipe ne répond plus depuis %1. Ce que vous voyez peut être périmé et les modifications ne peuvent pas être enregistrées ; Firebreak réessaie et se remet à jour dès son retour.</translation>
    </message>
    <message>
        <source>⚠ The case file cannot be read since %1. What you see may be out of date.</source>
        <translation>⚠ Le fichier de dossiers est illisible depuis %1. Ce que vous voyez peut être périmé.</translation>
    </message>
    <message>
        <source>store owner</source>
        <translation>propriétaire du dépôt</translation>
    </message>
    <message>
        <source>incident commander</source>
        <translation>commandant d’incident</translation>
    </message>
    <message>
        <source>responder</source>
        <translation>intervenant</translation>
    </message>
    <message>
        <source>observer, read-only</source>
        <translation>observateur, lecture seule</translation>
    </message>
    <message>
        <source>%1 · team store as %2 (read-only) — Firebreak</source>
        <translation>%1 · dépôt d’équipe en tant que %2 (lecture seule) — Firebreak</translation>
    </message>
    <message>
        <source>Read-only: your login %1 is an observer in this team store. You see every change as it happens; the server refuses any change from this login.</source>
        <translation>Lecture seule : votre identifiant %1 est observateur dans ce dépôt d’équipe. Vous voyez chaque changement dès qu’il a lieu ; le serveur refuse toute modification venant de cet identifiant.</translation>
    </message>
    <message>
        <source>Read-only: your login %1 is an observer in this team store</source>
        <translation>Lecture seule : votre identifiant %1 est observateur dans ce dépôt d’équipe</translation>
    </message>
    <message>
        <source>Reloaded at %1.</source>
        <translation>Rechargé à %1.</translation>
    </message>
    <message numerus="yes">
        <source>Audit trail walked from its first entry at %1: intact, %n entries.</source>
        <translation>
            <numerusform>Piste d&apos;audit parcourue depuis sa première entrée à %1 : intacte, %n entrée.</numerusform>
            <numerusform>Piste d&apos;audit parcourue depuis sa première entrée à %1 : intacte, %n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit trail walked at %1: BROKEN at entry %2 — see the Audit log tab.</source>
        <translation>Piste d&apos;audit parcourue à %1 : ROMPUE à l&apos;entrée %2 — voir l&apos;onglet Journal d&apos;audit.</translation>
    </message>
    <message>
        <source>Settings saved. The new language applies when Firebreak starts again.</source>
        <translation>Réglages enregistrés. La nouvelle langue s&apos;appliquera au prochain démarrage de Firebreak.</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Réglages enregistrés.</translation>
    </message>
    <message>
        <source>%1 · %2 — %3 · %4 · recipient: %5</source>
        <translation>%1 · %2 — %3 · %4 · destinataire : %5</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::NewIncidentDialog</name>
    <message>
        <source>Recorded</source>
        <translation>Renseigné</translation>
    </message>
    <message>
        <source>Open incident</source>
        <translation>Ouvrir l&apos;incident</translation>
    </message>
    <message>
        <source>New incident</source>
        <translation>Nouvel incident</translation>
    </message>
    <message>
        <source>What is happening, e.g. “Ransomware on file server FS01”</source>
        <translation>Ce qui se passe, ex. « Rançongiciel sur le serveur de fichiers FS01 »</translation>
    </message>
    <message>
        <source>Who leads the response</source>
        <translation>Qui dirige la réponse</translation>
    </message>
    <message>
        <source>How it was detected, what is known so far</source>
        <translation>Comment il a été détecté, ce que l&apos;on sait à ce stade</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Severity:</source>
        <translation>&amp;Gravité :</translation>
    </message>
    <message>
        <source>&amp;Playbook:</source>
        <translation>&amp;Playbook :</translation>
    </message>
    <message>
        <source>&amp;Commander:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>&amp;Detected at:</source>
        <translation>&amp;Détecté le :</translation>
    </message>
    <message>
        <source>&amp;Aware at:</source>
        <translation>&amp;Connaissance le :</translation>
    </message>
    <message>
        <source>Awareness: reasonable certainty that a security incident compromised personal data (EDPB 9/2022). Notification clocks run from this instant, not from detection.</source>
        <translation>Prise de connaissance : certitude raisonnable qu&apos;un incident de sécurité a compromis des données personnelles (CEPD 9/2022). Les délais de notification courent à partir de cet instant, pas de la détection.</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>A title is required: a few words that say what is happening.</source>
        <translation>Le titre est obligatoire : quelques mots qui disent ce qui se passe.</translation>
    </message>
    <message>
        <source>Detected at is in the future (%1).</source>
        <translation>La date de détection est dans le futur (%1).</translation>
    </message>
    <message>
        <source>Aware at is in the future (%1).</source>
        <translation>La date de prise de connaissance est dans le futur (%1).</translation>
    </message>
    <message>
        <source>Aware at (%1) is before detected at (%2); awareness follows discovery.</source>
        <translation>La prise de connaissance (%1) précède la détection (%2) ; la connaissance suit la découverte.</translation>
    </message>
    <message>
        <source>The incident was not created: %1
Everything you typed is still here; press Open incident to try again.</source>
        <translation>L&apos;incident n&apos;a pas été créé : %1
Tout ce que vous avez saisi est conservé ; cliquez sur Ouvrir l&apos;incident pour réessayer.</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::NextActionBar</name>
    <message>
        <source>Go to the next mandatory open step</source>
        <translation>Aller à la prochaine étape obligatoire ouverte</translation>
    </message>
    <message>
        <source>Open the notification clocks</source>
        <translation>Ouvrir les délais de notification</translation>
    </message>
    <message>
        <source>No step selected</source>
        <translation>Aucune étape sélectionnée</translation>
    </message>
    <message>
        <source>The buttons act on this step: %1</source>
        <translation>Les boutons agissent sur cette étape : %1</translation>
    </message>
    <message>
        <source>Incident closed</source>
        <translation>Incident clos</translation>
    </message>
    <message>
        <source>Next: %1 %2 — %3</source>
        <translation>Suivante : %1 %2 — %3</translation>
    </message>
    <message>
        <source>✓ No other mandatory step open</source>
        <translation>✓ Aucune autre étape obligatoire ouverte</translation>
    </message>
    <message>
        <source>Go to the next mandatory open step: %1 (%2)</source>
        <translation>Aller à la prochaine étape obligatoire ouverte : %1 (%2)</translation>
    </message>
    <message>
        <source>Due: %1</source>
        <translation>Échéance : %1</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::NoticeDialog</name>
    <message>
        <source>B&amp;rowse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Reasons for the &amp;delay:</source>
        <translation>Motifs du &amp;retard :</translation>
    </message>
    <message>
        <source>Record notice</source>
        <translation>Enregistrer la notification</translation>
    </message>
    <message>
        <source>Cannot record a notice for %1 of %2: %3</source>
        <translation>Impossible d&apos;enregistrer une notification pour %1 de %2 : %3</translation>
    </message>
    <message>
        <source>Record notice sent — %1</source>
        <translation>Enregistrer l&apos;envoi d&apos;une notification — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Supplement&lt;/b&gt; to the initial notice sent %1 (ref. %2). The clock is already met; this adds information (GDPR Art. 33(4)).</source>
        <translation>&lt;b&gt;Complément&lt;/b&gt; à la notification initiale envoyée %1 (réf. %2). Le délai est déjà respecté ; ceci ajoute des informations (RGPD art. 33(4)).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Initial notice&lt;/b&gt; — ends the clock. %1.</source>
        <translation>&lt;b&gt;Notification initiale&lt;/b&gt; — met fin au délai. %1.</translation>
    </message>
    <message>
        <source>Online notification form</source>
        <translation>Formulaire de notification en ligne</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Registered letter</source>
        <translation>Lettre recommandée</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Portal upload</source>
        <translation>Dépôt sur un portail</translation>
    </message>
    <message>
        <source>How it was sent, e.g. CNIL online form</source>
        <translation>Comment elle a été envoyée, ex. téléservice de la CNIL</translation>
    </message>
    <message>
        <source>The recipient&apos;s case or receipt number, if any</source>
        <translation>Le numéro de dossier ou d&apos;accusé de réception du destinataire, le cas échéant</translation>
    </message>
    <message>
        <source>The file that was sent, or where it is kept</source>
        <translation>Le fichier envoyé, ou l&apos;endroit où il est conservé</translation>
    </message>
    <message>
        <source>Why the notice could not be made in time (GDPR Art. 33(1))</source>
        <translation>Pourquoi la notification n&apos;a pas pu être faite à temps (RGPD art. 33(1))</translation>
    </message>
    <message>
        <source>Recipien&amp;t:</source>
        <translation>Des&amp;tinataire :</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>C&amp;anal :</translation>
    </message>
    <message>
        <source>Re&amp;ference:</source>
        <translation>Ré&amp;férence :</translation>
    </message>
    <message>
        <source>&amp;Sent at:</source>
        <translation>&amp;Envoyée le :</translation>
    </message>
    <message>
        <source>D&amp;ocument:</source>
        <translation>D&amp;ocument :</translation>
    </message>
    <message>
        <source>Recorded by %1 in the audit trail.</source>
        <translation>Consigné par %1 dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>The clock could not be read; nothing can be recorded.</source>
        <translation>Le délai n&apos;a pas pu être lu ; rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>This clock has not started yet.</source>
        <translation>Ce délai n&apos;a pas encore démarré.</translation>
    </message>
    <message>
        <source>This clock was closed by a decision not to notify.</source>
        <translation>Ce délai a été clos par une décision de ne pas notifier.</translation>
    </message>
    <message>
        <source>Say who was notified.</source>
        <translation>Indiquez qui a été notifié.</translation>
    </message>
    <message>
        <source>Say how it was sent (channel).</source>
        <translation>Indiquez comment elle a été envoyée (canal).</translation>
    </message>
    <message>
        <source>Sent at %1 is in the future.</source>
        <translation>La date d&apos;envoi %1 est dans le futur.</translation>
    </message>
    <message>
        <source>Sent at is before the clock started (%1).</source>
        <translation>La date d&apos;envoi précède le démarrage du délai (%1).</translation>
    </message>
    <message>
        <source>A notice after the deadline must give the reasons for the delay.</source>
        <translation>Une notification après l&apos;échéance doit indiquer les motifs du retard.</translation>
    </message>
    <message>
        <source>Sent %1 after the deadline (%2). The reasons for the delay are required.</source>
        <translation>Envoyée %1 après l&apos;échéance (%2). Les motifs du retard sont obligatoires.</translation>
    </message>
    <message>
        <source>The notice was not recorded: %1</source>
        <translation>La notification n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>The notice document that was sent</source>
        <translation>Le document de notification qui a été envoyé</translation>
    </message>
    <message>
        <source>A supplement cannot predate the initial notice sent %1.</source>
        <translation>Un complément ne peut pas être antérieur à la notification initiale envoyée %1.</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::NoticeDraftDialog</name>
    <message>
        <source>Sa&amp;ve facts</source>
        <translation>&amp;Enregistrer les faits</translation>
    </message>
    <message>
        <source>Re&amp;generate draft</source>
        <translation>Ré&amp;générer le brouillon</translation>
    </message>
    <message>
        <source>Cop&amp;y as e-mail</source>
        <translation>Cop&amp;ier comme courriel</translation>
    </message>
    <message>
        <source>Save as &amp;text…</source>
        <translation>Enregistrer en &amp;texte…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Draft notice — %1 — %2</source>
        <translation>Brouillon de notification — %1 — %2</translation>
    </message>
    <message>
        <source>Breach facts (GDPR Art. 33(3)) — kept with the incident</source>
        <translation>Faits de la violation (RGPD art. 33(3)) — conservés avec l&apos;incident</translation>
    </message>
    <message>
        <source>S&amp;ubject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>The draft cannot be prepared: %1</source>
        <translation>Le brouillon ne peut pas être préparé : %1</translation>
    </message>
    <message>
        <source>Nothing missing: every required item has content. Read it once more before sending.</source>
        <translation>Rien ne manque : chaque élément requis a un contenu. Relisez-le une dernière fois avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Still to complete (%1):</source>
        <translation>Reste à compléter (%1) :</translation>
    </message>
    <message>
        <source>Save facts and close</source>
        <translation>Enregistrer les faits et fermer</translation>
    </message>
    <message>
        <source>The draft has your own edits, so it was not rebuilt. Regenerate draft rebuilds it from the facts (your edits are replaced).</source>
        <translation>Le brouillon contient vos propres modifications, il n&apos;a donc pas été reconstruit. « Régénérer le brouillon » le reconstruit à partir des faits (vos modifications sont remplacées).</translation>
    </message>
    <message>
        <source>The breach facts of %1 were not saved: %2
What you typed is still here.</source>
        <translation>Les faits de la violation de %1 n&apos;ont pas été enregistrés : %2
Ce que vous avez saisi est conservé.</translation>
    </message>
    <message>
        <source>Breach facts saved to the case store.</source>
        <translation>Faits de la violation enregistrés dans la base de dossiers.</translation>
    </message>
    <message>
        <source>Subject: %1

%2</source>
        <translation>Objet : %1

%2</translation>
    </message>
    <message>
        <source>Copied subject and body to the clipboard.</source>
        <translation>Sujet et corps copiés dans le presse-papiers.</translation>
    </message>
    <message>
        <source>The draft was not saved to %1: %2</source>
        <translation>Le brouillon n&apos;a pas été enregistré dans %1 : %2</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Save the notice draft as text</source>
        <translation>Enregistrer le brouillon de notification en texte</translation>
    </message>
    <message>
        <source>Text (*.txt)</source>
        <translation>Texte (*.txt)</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::OpenStoreDialog</name>
    <message>
        <source>Case &amp;file on this computer</source>
        <translation>&amp;Fichier de dossiers sur cet ordinateur</translation>
    </message>
    <message>
        <source>&amp;Team store on a PostgreSQL server</source>
        <translation>Base d&apos;é&amp;quipe sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open case store</source>
        <translation>Ouvrir une base de dossiers</translation>
    </message>
    <message>
        <source>Path of a .sqlite case file</source>
        <translation>Chemin d&apos;un fichier de dossiers .sqlite</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>One file, the usual choice: works offline, for the people at this computer. To start a new one, use File ▸ New Case Store….</source>
        <translation>Un seul fichier, le choix habituel : fonctionne hors ligne, pour les personnes devant cet ordinateur. Pour en créer un, utilisez Fichier ▸ Nouvelle base de dossiers….</translation>
    </message>
    <message>
        <source>e.g. ir-db.example.org</source>
        <translation>p. ex. ir-db.example.org</translation>
    </message>
    <message>
        <source>e.g. firebreak</source>
        <translation>p. ex. firebreak</translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation>vide : votre identifiant de session</translation>
    </message>
    <message>
        <source>prefer — encrypt if the server offers it</source>
        <translation>prefer — chiffrer si le serveur le propose</translation>
    </message>
    <message>
        <source>require — always encrypt, without checking the server</source>
        <translation>require — toujours chiffrer, sans vérifier le serveur</translation>
    </message>
    <message>
        <source>verify-ca — encrypt, check the certificate authority</source>
        <translation>verify-ca — chiffrer, vérifier l&apos;autorité de certification</translation>
    </message>
    <message>
        <source>verify-full — encrypt, check the server&apos;s certificate and name</source>
        <translation>verify-full — chiffrer, vérifier le certificat et le nom du serveur</translation>
    </message>
    <message>
        <source>disable — no encryption</source>
        <translation>disable — aucun chiffrement</translation>
    </message>
    <message>
        <source>postgresql://login@server:5432/database — or paste one here</source>
        <translation>postgresql://identifiant@serveur:5432/base — ou collez-en une ici</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort :</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serveur :</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base :</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant :</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse :</translation>
    </message>
    <message>
        <source>No password is stored anywhere: Firebreak uses ~/.pgpass if it holds one, otherwise asks when the server wants it and forgets it when you quit.</source>
        <translation>Aucun mot de passe n&apos;est enregistré nulle part : Firebreak utilise ~/.pgpass s&apos;il en contient un, sinon le demande quand le serveur l&apos;exige et l&apos;oublie quand vous quittez.</translation>
    </message>
    <message>
        <source>This address contains a password. Firebreak never keeps a password in an address, a setting or a log: remove it (the “:password” after the login) and Firebreak will ask for it when it connects, or put it in ~/.pgpass.</source>
        <translation>Cette adresse contient un mot de passe. Firebreak ne garde jamais de mot de passe dans une adresse, un réglage ou un journal : retirez-le (le « :motdepasse » après l&apos;identifiant) et Firebreak le demandera à la connexion, ou mettez-le dans ~/.pgpass.</translation>
    </message>
    <message>
        <source>A team store address starts with postgresql://</source>
        <translation>L&apos;adresse d&apos;une base d&apos;équipe commence par postgresql://</translation>
    </message>
    <message>
        <source>This address cannot be used: %1</source>
        <translation>Cette adresse est inutilisable : %1</translation>
    </message>
    <message>
        <source>Encrypted, and the server proves who it is. Needs the server&apos;s CA certificate in ~/.postgresql/root.crt (or sslrootcert= in the address).</source>
        <translation>Chiffré, et le serveur prouve son identité. Nécessite le certificat de l&apos;autorité du serveur dans ~/.postgresql/root.crt (ou sslrootcert= dans l&apos;adresse).</translation>
    </message>
    <message>
        <source>Across a network, verify-full is recommended: only it proves you reached your own server and not an impostor holding your case data.</source>
        <translation>À travers un réseau, verify-full est recommandé : lui seul prouve que vous joignez votre serveur et non un imposteur qui recevrait vos données de dossiers.</translation>
    </message>
    <message>
        <source>On this computer any mode will do; across a network, verify-full is recommended.</source>
        <translation>Sur cet ordinateur, tout mode convient ; à travers un réseau, verify-full est recommandé.</translation>
    </message>
    <message>
        <source>Choose a case file.</source>
        <translation>Choisissez un fichier de dossiers.</translation>
    </message>
    <message>
        <source>There is no case file at %1. To start a new one, use File ▸ New Case Store….</source>
        <translation>Il n&apos;y a pas de fichier de dossiers à %1. Pour en créer un, utilisez Fichier ▸ Nouvelle base de dossiers….</translation>
    </message>
    <message>
        <source>Fill in the server and the database, or paste the address your team uses.</source>
        <translation>Renseignez le serveur et la base, ou collez l&apos;adresse qu&apos;utilise votre équipe.</translation>
    </message>
    <message>
        <source>Open case file</source>
        <translation>Ouvrir un fichier de dossiers</translation>
    </message>
    <message>
        <source>Firebreak case stores (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de dossiers Firebreak (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::PeopleModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::PhaseNavigator</name>
    <message>
        <source>Make this the current phase</source>
        <translation>En faire la phase courante</translation>
    </message>
    <message>
        <source>Moves the incident to the selected phase (recorded in the audit log)</source>
        <translation>Fait passer l&apos;incident à la phase sélectionnée (consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>Add step…</source>
        <translation>Ajouter une étape…</translation>
    </message>
    <message>
        <source>Add a step to this incident&apos;s playbook (Ctrl+Shift+N)</source>
        <translation>Ajouter une étape au playbook de cet incident (Ctrl+Maj+N)</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Steps of the selected phase</source>
        <translation>Étapes de la phase sélectionnée</translation>
    </message>
    <message>
        <source>No steps in this phase — Add step… if something needs doing here.</source>
        <translation>Aucune étape dans cette phase — Ajouter une étape… s&apos;il y a quelque chose à faire ici.</translation>
    </message>
    <message>
        <source>Current phase</source>
        <translation>Phase courante</translation>
    </message>
    <message>
        <source>%1 mandatory open</source>
        <translation>%1 obligatoire(s) ouverte(s)</translation>
    </message>
    <message>
        <source>%1: %2 of %3 steps done or skipped%4</source>
        <translation>%1 : %2 étapes sur %3 faites ou ignorées%4</translation>
    </message>
    <message>
        <source> — the incident&apos;s current phase</source>
        <translation> — la phase courante de l&apos;incident</translation>
    </message>
    <message>
        <source>Steps — %1</source>
        <translation>Étapes — %1</translation>
    </message>
    <message>
        <source>Make “%1” the current phase</source>
        <translation>Faire de « %1 » la phase courante</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Faite</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Ignorée</translation>
    </message>
    <message>
        <source>Open, mandatory</source>
        <translation>Ouverte, obligatoire</translation>
    </message>
    <message>
        <source>Open, optional</source>
        <translation>Ouverte, facultative</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::ProfileForm</name>
    <message>
        <source>Full name, as it should appear in custody records</source>
        <translation>Nom complet, tel qu&apos;il doit figurer dans les documents de chaîne de possession</translation>
    </message>
    <message>
        <source>e.g. Acme SA — CSIRT</source>
        <translation>ex. Acme SA — CSIRT</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Examiner:</source>
        <translation>&amp;Examinateur :</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Fuseau horaire :</translation>
    </message>
    <message>
        <source>Evidence &amp;folder:</source>
        <translation>Dossier des p&amp;reuves :</translation>
    </message>
    <message>
        <source>Supervisory &amp;authority:</source>
        <translation>&amp;Autorité de contrôle :</translation>
    </message>
    <message>
        <source>Enter the examiner&apos;s name: the audit trail and every acquisition record name them.</source>
        <translation>Saisissez le nom de l&apos;examinateur : la piste d&apos;audit et chaque procès-verbal d&apos;acquisition le citent.</translation>
    </message>
    <message>
        <source>“%1” is not a time zone this computer knows. Choose one from the list, e.g. Europe/Paris.</source>
        <translation>« %1 » n&apos;est pas un fuseau horaire connu de cet ordinateur. Choisissez-en un dans la liste, par exemple Europe/Paris.</translation>
    </message>
    <message>
        <source>Enter the evidence folder: images are written there by default.</source>
        <translation>Indiquez le dossier des preuves : les images y sont écrites par défaut.</translation>
    </message>
    <message>
        <source>Default evidence folder</source>
        <translation>Dossier des preuves par défaut</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::RcaForm</name>
    <message>
        <source>The underlying cause, not the symptom</source>
        <translation>La cause profonde, pas le symptôme</translation>
    </message>
    <message>
        <source>What made it possible or worse</source>
        <translation>Ce qui l&apos;a rendu possible ou l&apos;a aggravé</translation>
    </message>
    <message>
        <source>Add why</source>
        <translation>Ajouter un pourquoi</translation>
    </message>
    <message>
        <source>Add the next “why?” to the chain</source>
        <translation>Ajouter le « pourquoi ? » suivant à la chaîne</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected “why?”</source>
        <translation>Retirer le « pourquoi ? » sélectionné</translation>
    </message>
    <message>
        <source>Keep doing</source>
        <translation>À conserver</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>À corriger</translation>
    </message>
    <message>
        <source>Would have gone badly otherwise</source>
        <translation>Aurait mal tourné sinon</translation>
    </message>
    <message>
        <source>&amp;Save RCA</source>
        <translation>&amp;Enregistrer la RCA</translation>
    </message>
    <message>
        <source>Save the root-cause analysis (recorded in the audit log)</source>
        <translation>Enregistrer l&apos;analyse des causes racines (consigné dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <source>How was the intrusion detected? e.g. EDR alert, user report</source>
        <translation>Comment l&apos;intrusion a-t-elle été détectée ? ex. alerte EDR, signalement d&apos;un utilisateur</translation>
    </message>
    <message>
        <source>What set it off</source>
        <translation>Ce qui l&apos;a déclenché</translation>
    </message>
    <message>
        <source>Five whys</source>
        <translation>Cinq pourquoi</translation>
    </message>
    <message>
        <source>&amp;Detected by:</source>
        <translation>&amp;Détecté par :</translation>
    </message>
    <message>
        <source>&amp;Trigger:</source>
        <translation>Dé&amp;clencheur :</translation>
    </message>
    <message>
        <source>&amp;Root cause:</source>
        <translation>Cause &amp;racine :</translation>
    </message>
    <message>
        <source>&amp;Contributing:</source>
        <translation>&amp;Facteurs aggravants :</translation>
    </message>
    <message>
        <source>Five &amp;whys:</source>
        <translation>Cinq &amp;pourquoi :</translation>
    </message>
    <message>
        <source>Went &amp;well:</source>
        <translation>Ce qui a &amp;bien marché :</translation>
    </message>
    <message>
        <source>Went wr&amp;ong:</source>
        <translation>Ce qui a &amp;mal marché :</translation>
    </message>
    <message>
        <source>Got &amp;lucky:</source>
        <translation>Coups de c&amp;hance :</translation>
    </message>
    <message>
        <source>The root-cause analysis could not be read: %1</source>
        <translation>L&apos;analyse des causes racines n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Unsaved changes&lt;/b&gt; — Save RCA to record them</source>
        <translation>&lt;b&gt;Modifications non enregistrées&lt;/b&gt; — Enregistrer la RCA pour les consigner</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet — the root cause is required before closing.</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant — la cause racine est obligatoire avant la clôture.</translation>
    </message>
    <message>
        <source>The RCA was not saved (your text is kept): %1</source>
        <translation>La RCA n&apos;a pas été enregistrée (votre texte est conservé) : %1</translation>
    </message>
    <message>
        <source>Show &amp;their version</source>
        <translation>Afficher &amp;leur version</translation>
    </message>
    <message>
        <source>Replace your unsaved text with the version saved by the other user</source>
        <translation>Remplacer votre texte non enregistré par la version enregistrée par l’autre utilisateur</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::RecoveryDialog</name>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Record recovery — %1</source>
        <translation>Enregistrer une reprise — %1</translation>
    </message>
    <message>
        <source>Recovery action</source>
        <translation>Action de reprise</translation>
    </message>
    <message>
        <source>Service restored</source>
        <translation>Service rétabli</translation>
    </message>
    <message>
        <source>Verified clean</source>
        <translation>Vérifié sain</translation>
    </message>
    <message>
        <source>Host, service or asset (optional)</source>
        <translation>Hôte, service ou actif (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>&amp;Système :</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi :</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>&amp;Par :</translation>
    </message>
    <message>
        <source>W&amp;hen:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>Describe what was done.</source>
        <translation>Décrivez ce qui a été fait.</translation>
    </message>
    <message>
        <source>The earliest “service restored” ends the outage in reports.</source>
        <translation>Le premier « service rétabli » met fin à l&apos;interruption dans les rapports.</translation>
    </message>
    <message>
        <source>e.g. file shares back online from backup</source>
        <translation>ex. partages de fichiers rétablis depuis la sauvegarde</translation>
    </message>
    <message>
        <source>Say how the system was checked: IoC sweep, scan, monitoring.</source>
        <translation>Indiquez comment le système a été contrôlé : recherche d&apos;IoC, scan, supervision.</translation>
    </message>
    <message>
        <source>e.g. IoC sweep clean, EDR full scan clean</source>
        <translation>ex. recherche d&apos;IoC négative, scan complet EDR sain</translation>
    </message>
    <message>
        <source>Rebuilds, restores from backup, credential rotation, patches.</source>
        <translation>Reconstructions, restaurations depuis une sauvegarde, rotation des identifiants, correctifs.</translation>
    </message>
    <message>
        <source>e.g. rebuilt from golden image</source>
        <translation>ex. reconstruit depuis l&apos;image de référence</translation>
    </message>
    <message>
        <source>The recovery entry was not recorded: %1</source>
        <translation>L&apos;entrée de reprise n&apos;a pas été enregistrée : %1</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::ReportWorker</name>
    <message>
        <source>the document changed before it could be exported to %1; export again</source>
        <translation>le document a changé avant de pouvoir être exporté vers %1 ; exportez à nouveau</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::ReportsPanel</name>
    <message>
        <source>&amp;Document</source>
        <translation>&amp;Document</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>&amp;Paper</source>
        <translation>&amp;Papier</translation>
    </message>
    <message>
        <source>CONFIDENTIAL</source>
        <translation>CONFIDENTIEL</translation>
    </message>
    <message>
        <source>Classification marking printed at the top and bottom of every page</source>
        <translation>Mention de classification imprimée en haut et en bas de chaque page</translation>
    </message>
    <message>
        <source>&amp;Marking</source>
        <translation>&amp;Mention</translation>
    </message>
    <message>
        <source>&amp;Clock</source>
        <translation>&amp;Délai</translation>
    </message>
    <message>
        <source>&amp;Evidence</source>
        <translation>&amp;Preuve</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>E&amp;xporter en PDF…</translation>
    </message>
    <message>
        <source>Write the document as PDF and show its SHA-256 (Ctrl+Shift+E)</source>
        <translation>Écrire le document en PDF et afficher son SHA-256 (Ctrl+Maj+E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Page précédente (Page préc.)</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Page suivante (Page suiv.)</translation>
    </message>
    <message>
        <source>Open an incident to prepare its reports.</source>
        <translation>Ouvrez un incident pour préparer ses rapports.</translation>
    </message>
    <message>
        <source>Every item (one form each)</source>
        <translation>Toutes les pièces (un formulaire chacune)</translation>
    </message>
    <message>
        <source>Laying out the %1…</source>
        <translation>Mise en page du document %1…</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n page(s)</source>
        <translation>
            <numerusform>%1 · %n page</numerusform>
            <numerusform>%1 · %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>Wrote &lt;b&gt;%1&lt;/b&gt; (%n page(s), %2 bytes)&lt;br/&gt;SHA-256 &lt;tt&gt;%3&lt;/tt&gt;</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; écrit (%n page, %2 octets)&lt;br/&gt;SHA-256 &lt;tt&gt;%3&lt;/tt&gt;</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; écrit (%n pages, %2 octets)&lt;br/&gt;SHA-256 &lt;tt&gt;%3&lt;/tt&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 was written, but its export could not be recorded in the audit trail: %2</source>
        <translation>%1 a été écrit, mais son export n&apos;a pas pu être consigné dans la piste d&apos;audit : %2</translation>
    </message>
    <message>
        <source>Exported; the export and its SHA-256 are recorded in the audit trail.</source>
        <translation>Exporté ; l&apos;export et son SHA-256 sont consignés dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>Customer &amp;texts…</source>
        <translation>&amp;Textes pour le client…</translation>
    </message>
    <message>
        <source>Write or approve what the customer reads, beside the internal text</source>
        <translation>Rédiger ou approuver ce que lit le client, à côté du texte interne</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left out of the customer&apos;s copy&lt;/b&gt;</source>
        <translation>&lt;b&gt;Absent de la version client&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;br/&gt;Nothing.</source>
        <translation>&lt;br/&gt;Rien.</translation>
    </message>
    <message numerus="yes">
        <source>%n approved customer text(s); write or approve more with Customer texts…</source>
        <translation>
            <numerusform>%n texte approuvé pour le client ; rédigez-en ou approuvez-en d&apos;autres avec Textes pour le client…</numerusform>
            <numerusform>%n textes approuvés pour le client ; rédigez-en ou approuvez-en d&apos;autres avec Textes pour le client…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>firebreak::ui::RestorePanel</name>
    <message>
        <source>Record recovery…</source>
        <translation>Enregistrer une reprise…</translation>
    </message>
    <message>
        <source>Record a recovery action, service restored, or verified clean (Ctrl+Shift+R)</source>
        <translation>Enregistrer une action de reprise, un service rétabli ou une vérification saine (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Nothing restored yet — Record recovery… (Ctrl+Shift+R) for rebuilds and restores, the moment service is back, and each verified-clean check.</source>
        <translation>Rien de rétabli pour l&apos;instant — Enregistrer une reprise… (Ctrl+Maj+R) pour les reconstructions et restaurations, le moment où le service revient, et chaque contrôle sain.</translation>
    </message>
    <message>
        <source>The recovery actions could not be read: %1</source>
        <translation>Les actions de reprise n&apos;ont pas pu être lues : %1</translation>
    </message>
    <message>
        <source>The service-restored time could not be read: %1</source>
        <translation>L&apos;heure de rétablissement du service n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Service restored at %1&lt;/b&gt; — outage %2 from %3</source>
        <translation>&lt;b&gt;Service rétabli le %1&lt;/b&gt; — interruption de %2 depuis le %3</translation>
    </message>
    <message>
        <source>Service not restored yet — %1 since %2</source>
        <translation>Service pas encore rétabli — %1 depuis le %2</translation>
    </message>
    <message>
        <source>Record “Service restored” when it is back: it ends the outage</source>
        <translation>Enregistrez « Service rétabli » à son retour : cela met fin à l&apos;interruption</translation>
    </message>
    <message>
        <source>No service-restored time was recorded.</source>
        <translation>Aucune heure de rétablissement du service n&apos;a été enregistrée.</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Organisation &amp;logo:</source>
        <translation>&amp;Logo de l&apos;organisation :</translation>
    </message>
    <message>
        <source>Clock &amp;alerts at:</source>
        <translation>Alertes des &amp;délais à :</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>Comma-separated: a share of the time elapsed (75%), a time left (1h, 30m) or “overdue”. Default: %1.</source>
        <translation>Séparés par des virgules : une part du délai écoulée (75%), un temps restant (1h, 30m) ou « overdue » (dépassé). Par défaut : %1.</translation>
    </message>
    <message>
        <source>A new language applies when Firebreak starts again.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Firebreak.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>The logo %1 cannot be read as an image (%2). Choose a PNG or JPEG file, or leave it empty.</source>
        <translation>Le logo %1 ne peut pas être lu comme une image (%2). Choisissez un fichier PNG ou JPEG, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>Clock alerts: “%1” is not understood. Use a share elapsed (75%), a time left (1h, 30m) or “overdue”.</source>
        <translation>Alertes des délais : « %1 » n&apos;est pas compris. Indiquez une part écoulée (75%), un temps restant (1h, 30m) ou « overdue ».</translation>
    </message>
    <message>
        <source>Clock alerts: give at least one threshold (e.g. overdue), or no deadline would ever be announced.</source>
        <translation>Alertes des délais : indiquez au moins un seuil (par exemple overdue), sinon aucune échéance ne serait jamais annoncée.</translation>
    </message>
    <message>
        <source>Organisation logo</source>
        <translation>Logo de l&apos;organisation</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Aucun logo</translation>
    </message>
    <message>
        <source>Not an image</source>
        <translation>Pas une image</translation>
    </message>
    <message>
        <source>PNG or JPEG for the reports (optional)</source>
        <translation>PNG ou JPEG pour les rapports (facultatif)</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::SeverityChip</name>
    <message>
        <source>Severity: %1</source>
        <translation>Gravité : %1</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::StepDetailPanel</name>
    <message>
        <source>&amp;Mark done</source>
        <translation>&amp;Marquer comme faite</translation>
    </message>
    <message>
        <source>Mark this step done (Ctrl+Return)</source>
        <translation>Marquer cette étape comme faite (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>S&amp;kip…</source>
        <translation>I&amp;gnorer…</translation>
    </message>
    <message>
        <source>Skip this step, with the reason why</source>
        <translation>Ignorer cette étape, avec le motif</translation>
    </message>
    <message>
        <source>Re&amp;assign…</source>
        <translation>Ré&amp;attribuer…</translation>
    </message>
    <message>
        <source>Give this step to another owner</source>
        <translation>Confier cette étape à un autre responsable</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>R&amp;ouvrir…</translation>
    </message>
    <message>
        <source>Reopen a done or skipped step, with the reason why</source>
        <translation>Rouvrir une étape faite ou ignorée, avec le motif</translation>
    </message>
    <message>
        <source>Select a step on the left to see what to do — or Add step… if this phase has none.</source>
        <translation>Sélectionnez une étape à gauche pour voir quoi faire — ou Ajouter une étape… si cette phase n&apos;en a aucune.</translation>
    </message>
    <message>
        <source>Owner: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Motif : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>No guidance for this step.</source>
        <translation>Pas de consignes pour cette étape.</translation>
    </message>
    <message>
        <source>Checklist  %1/%2</source>
        <translation>Liste de contrôle  %1/%2</translation>
    </message>
    <message>
        <source>&lt;b&gt;Needs recorded:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;À enregistrer :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>“%1” was not marked done: %2</source>
        <translation>« %1 » n&apos;a pas été marquée comme faite : %2</translation>
    </message>
    <message>
        <source>The checklist item was not saved: %1</source>
        <translation>L&apos;élément de la liste de contrôle n&apos;a pas été enregistré : %1</translation>
    </message>
    <message>
        <source>Skip step</source>
        <translation>Ignorer l&apos;étape</translation>
    </message>
    <message>
        <source>Skipping “%1” records that it was deliberately not done. The reason goes into the audit log and the timeline.</source>
        <translation>Ignorer « %1 » consigne qu&apos;elle n&apos;a délibérément pas été faite. Le motif est versé au journal d&apos;audit et à la chronologie.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Why this step does not apply</source>
        <translation>Pourquoi cette étape ne s&apos;applique pas</translation>
    </message>
    <message>
        <source>A reason is required: say why this step is not being done.</source>
        <translation>Un motif est obligatoire : indiquez pourquoi cette étape n&apos;est pas faite.</translation>
    </message>
    <message>
        <source>Reassign step</source>
        <translation>Réattribuer l&apos;étape</translation>
    </message>
    <message>
        <source>Who owns “%1” from now on? The change is recorded in the audit log.</source>
        <translation>Qui est responsable de « %1 » désormais ? Le changement est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsable :</translation>
    </message>
    <message>
        <source>A person or a role</source>
        <translation>Une personne ou un rôle</translation>
    </message>
    <message>
        <source>A new owner is required.</source>
        <translation>Un nouveau responsable est obligatoire.</translation>
    </message>
    <message>
        <source>Reassign</source>
        <translation>Réattribuer</translation>
    </message>
    <message>
        <source>Reopen step</source>
        <translation>Rouvrir l&apos;étape</translation>
    </message>
    <message>
        <source>Reopening “%1” makes it open again%2.</source>
        <translation>Rouvrir « %1 » la rend à nouveau ouverte%2.</translation>
    </message>
    <message>
        <source>, and it blocks closing until done</source>
        <translation>, et elle bloque la clôture tant qu&apos;elle n&apos;est pas faite</translation>
    </message>
    <message>
        <source>Why the step needs doing again</source>
        <translation>Pourquoi l&apos;étape doit être refaite</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Un motif est obligatoire.</translation>
    </message>
    <message>
        <source>Add affected system…</source>
        <translation>Ajouter un système touché…</translation>
    </message>
    <message>
        <source>Record a host involved in the incident</source>
        <translation>Enregistrer un hôte concerné par l&apos;incident</translation>
    </message>
    <message>
        <source>Notification clocks…</source>
        <translation>Délais de notification…</translation>
    </message>
    <message>
        <source>Classify the incident or record a notice in its clocks</source>
        <translation>Qualifier l&apos;incident ou enregistrer une notification dans ses délais</translation>
    </message>
    <message>
        <source>Record isolation…</source>
        <translation>Enregistrer un isolement…</translation>
    </message>
    <message>
        <source>Record a system isolated, how and how it was verified (Ctrl+Shift+I)</source>
        <translation>Enregistrer un système isolé, comment, et comment cela a été vérifié (Ctrl+Maj+I)</translation>
    </message>
    <message>
        <source>Log contact…</source>
        <translation>Consigner un contact…</translation>
    </message>
    <message>
        <source>Log a contact with a third party (Ctrl+Shift+C)</source>
        <translation>Consigner un contact avec un tiers (Ctrl+Maj+C)</translation>
    </message>
    <message>
        <source>Acquire image…</source>
        <translation>Acquérir une image…</translation>
    </message>
    <message>
        <source>Take a byte-for-byte image with hashes and verification</source>
        <translation>Prendre une image bit à bit, avec empreintes et vérification</translation>
    </message>
    <message>
        <source>Record recovery…</source>
        <translation>Enregistrer une reprise…</translation>
    </message>
    <message>
        <source>Record a recovery action, service restored, or verified clean (Ctrl+Shift+R)</source>
        <translation>Enregistrer une action de reprise, un service rétabli ou une vérification saine (Ctrl+Maj+R)</translation>
    </message>
    <message>
        <source>Open RCA</source>
        <translation>Ouvrir l&apos;analyse des causes</translation>
    </message>
    <message>
        <source>Go to the root-cause analysis</source>
        <translation>Aller à l&apos;analyse des causes racines</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open&lt;/b&gt; · mandatory</source>
        <translation>&lt;b&gt;Ouverte&lt;/b&gt; · obligatoire</translation>
    </message>
    <message>
        <source>&lt;b&gt;Open&lt;/b&gt; · optional</source>
        <translation>&lt;b&gt;Ouverte&lt;/b&gt; · facultative</translation>
    </message>
    <message>
        <source>Completed by what was recorded: %1</source>
        <translation>Terminée par ce qui a été enregistré : %1</translation>
    </message>
    <message>
        <source>Checklist item not ticked: %1</source>
        <translation>Élément de la liste non coché : %1</translation>
    </message>
    <message>
        <source>Nothing recorded yet: %1</source>
        <translation>Rien d&apos;enregistré pour l&apos;instant : %1</translation>
    </message>
    <message>
        <source>Mark a mandatory step done?</source>
        <translation>Marquer une étape obligatoire comme faite ?</translation>
    </message>
    <message>
        <source>“%1” is mandatory and still lacks:</source>
        <translation>« %1 » est obligatoire et il lui manque encore :</translation>
    </message>
    <message>
        <source>Marking it done anyway is recorded in the audit log with what was missing.</source>
        <translation>La marquer comme faite malgré tout est consigné dans le journal d&apos;audit, avec ce qui manquait.</translation>
    </message>
    <message>
        <source>Mark done anyway</source>
        <translation>Marquer comme faite malgré tout</translation>
    </message>
    <message>
        <source>The answer was not recorded: %1</source>
        <translation>La réponse n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;✓ Done&lt;/b&gt;&lt;br&gt;%1 · %2</source>
        <translation>&lt;b&gt;✓ Faite&lt;/b&gt;&lt;br&gt;%1 · %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;– Skipped&lt;/b&gt;&lt;br&gt;%1 · %2</source>
        <translation>&lt;b&gt;– Ignorée&lt;/b&gt;&lt;br&gt;%1 · %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::StoreErrorPage</name>
    <message>
        <source>Open case store…</source>
        <translation>Ouvrir une base de dossiers…</translation>
    </message>
    <message>
        <source>New case store…</source>
        <translation>Nouvelle base de dossiers…</translation>
    </message>
    <message>
        <source>Back to %1</source>
        <translation>Revenir à %1</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::StoreStatus</name>
    <message>
        <source>The audit trail names this actor (set FIREBREAK_ACTOR to change it)</source>
        <translation>La piste d&apos;audit nomme cet auteur (définissez FIREBREAK_ACTOR pour le changer)</translation>
    </message>
    <message>
        <source>Case store: %1</source>
        <translation>Base de dossiers : %1</translation>
    </message>
    <message>
        <source>Recording as %1</source>
        <translation>Enregistré au nom de %1</translation>
    </message>
    <message>
        <source>No case store open</source>
        <translation>Aucune base de dossiers ouverte</translation>
    </message>
    <message>
        <source>No case store open — %1</source>
        <translation>Aucune base de dossiers ouverte — %1</translation>
    </message>
    <message>
        <source>Audit chain: no store</source>
        <translation>Chaîne d&apos;audit : aucune base</translation>
    </message>
    <message>
        <source>Audit chain empty</source>
        <translation>Chaîne d&apos;audit vide</translation>
    </message>
    <message>
        <source>✓ Audit chain intact · %1 %2</source>
        <translation>✓ Chaîne d&apos;audit intacte · %1 %2</translation>
    </message>
    <message>
        <source>⚠ Audit chain BROKEN at seq %1</source>
        <translation>⚠ Chaîne d&apos;audit ROMPUE à la séquence %1</translation>
    </message>
    <message>
        <source>%1
Verified at %2</source>
        <translation>%1
Vérifiée le %2</translation>
    </message>
    <message>
        <source>⚠ Audit chain not verified</source>
        <translation>⚠ Chaîne d&apos;audit non vérifiée</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entrée</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entrées</translation>
    </message>
    <message>
        <source>Team store: %1</source>
        <translation>Base d&apos;équipe : %1</translation>
    </message>
    <message>
        <source>Recording as %1 · login %2</source>
        <translation>Enregistré au nom de %1 · identifiant %2</translation>
    </message>
    <message>
        <source>The audit trail names this actor (set FIREBREAK_ACTOR to change it) and the database login %1 behind each entry</source>
        <translation>La piste d&apos;audit nomme cet auteur (définissez FIREBREAK_ACTOR pour le changer) et l&apos;identifiant de base de données %1 derrière chaque entrée</translation>
    </message>
    <message>
        <source>⚠ Not answering</source>
        <translation>⚠ Ne répond plus</translation>
    </message>
    <message>
        <source>⚠ Case file unreadable</source>
        <translation>⚠ Fichier de dossiers illisible</translation>
    </message>
    <message>
        <source>Since %1: %2. Firebreak keeps trying.</source>
        <translation>Depuis %1 : %2. Firebreak réessaie.</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En direct</translation>
    </message>
    <message>
        <source>Live (checked every 2 s)</source>
        <translation>En direct (vérifié toutes les 2 s)</translation>
    </message>
    <message>
        <source>Changes made by others appear here within seconds: the server announces them, and Firebreak also checks every 2 seconds.</source>
        <translation>Les modifications des autres apparaissent ici en quelques secondes : le serveur les annonce, et Firebreak vérifie aussi toutes les 2 secondes.</translation>
    </message>
    <message>
        <source>Changes made by others appear here within a few seconds: Firebreak checks every 2 seconds.</source>
        <translation>Les modifications des autres apparaissent ici en quelques secondes : Firebreak vérifie toutes les 2 secondes.</translation>
    </message>
    <message>
        <source>Recording as %1 · login %2 (%3)</source>
        <translation>Enregistré au nom de %1 · identifiant %2 (%3)</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::SystemsModel</name>
    <message>
        <source>Hostname</source>
        <translation>Nom d&apos;hôte</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>Adresse MAC</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::TimelineNoteDialog</name>
    <message>
        <source>Add to timeline</source>
        <translation>Ajouter à la chronologie</translation>
    </message>
    <message>
        <source>Add timeline entry — %1</source>
        <translation>Ajouter une entrée de chronologie — %1</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Where this comes from: a log, a person, a tool</source>
        <translation>D&apos;où cela vient : un journal, une personne, un outil</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Quand :</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi :</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Source :</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Fiabilité :</translation>
    </message>
    <message>
        <source>Say what happened.</source>
        <translation>Indiquez ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>The entry was not added: %1</source>
        <translation>L&apos;entrée n&apos;a pas été ajoutée : %1</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::TimelinePanel</name>
    <message>
        <source>Add entry…</source>
        <translation>Ajouter une entrée…</translation>
    </message>
    <message>
        <source>Add a timeline entry (Ctrl+T)</source>
        <translation>Ajouter une entrée de chronologie (Ctrl+T)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Export the whole timeline, in UTC, as CSV (not just the filtered rows)</source>
        <translation>Exporter toute la chronologie, en UTC, au format CSV (pas seulement les lignes filtrées)</translation>
    </message>
    <message>
        <source>Filter by text or source…</source>
        <translation>Filtrer par texte ou source…</translation>
    </message>
    <message>
        <source>Kind of entry</source>
        <translation>Type d&apos;entrée</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Time — %1</source>
        <translation>Heure — %1</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Fiabilité</translation>
    </message>
    <message>
        <source>Audit #</source>
        <translation>Audit n°</translation>
    </message>
    <message>
        <source>Incident timeline</source>
        <translation>Chronologie de l&apos;incident</translation>
    </message>
    <message>
        <source>The timeline could not be read: %1</source>
        <translation>La chronologie n&apos;a pas pu être lue : %1</translation>
    </message>
    <message>
        <source>Audit entry %1</source>
        <translation>Entrée d&apos;audit %1</translation>
    </message>
    <message>
        <source>Not linked to an audit entry</source>
        <translation>Non liée à une entrée d&apos;audit</translation>
    </message>
    <message>
        <source>Contact with law enforcement</source>
        <translation>Contact avec les forces de l&apos;ordre</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <source>%1 of %2 entries</source>
        <translation>%1 entrées sur %2</translation>
    </message>
    <message>
        <source>Nothing on the timeline yet — Add entry… (Ctrl+T) records what happened and when.</source>
        <translation>Rien dans la chronologie pour l&apos;instant — Ajouter une entrée… (Ctrl+T) enregistre ce qui s&apos;est passé et quand.</translation>
    </message>
    <message>
        <source>No entries match the filter — clear it to see all %1.</source>
        <translation>Aucune entrée ne correspond au filtre — effacez-le pour voir les %1.</translation>
    </message>
    <message>
        <source>The timeline was not exported to %1: %2</source>
        <translation>La chronologie n&apos;a pas été exportée vers %1 : %2</translation>
    </message>
    <message>
        <source>Exported %1 timeline entries (UTC) to %2</source>
        <translation>%1 entrées de chronologie (UTC) exportées vers %2</translation>
    </message>
    <message>
        <source>Export timeline of %1</source>
        <translation>Exporter la chronologie de %1</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::WaiveDialog</name>
    <message>
        <source>Record decision…</source>
        <translation>Enregistrer la décision…</translation>
    </message>
    <message>
        <source>Cannot read clock %1 of %2: %3</source>
        <translation>Impossible de lire le délai %1 de %2 : %3</translation>
    </message>
    <message>
        <source>Decide not to notify — %1</source>
        <translation>Décider de ne pas notifier — %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Every breach is documented, notified or not (GDPR Art. 33(5)). Record which exception applies and why.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;Toute violation est documentée, notifiée ou non (RGPD art. 33(5)). Indiquez quelle exception s&apos;applique et pourquoi.</translation>
    </message>
    <message>
        <source>to %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>Recognised exception</source>
        <translation>Exception reconnue</translation>
    </message>
    <message>
        <source>None of these: explained below</source>
        <translation>Aucune de celles-ci : expliqué ci-dessous</translation>
    </message>
    <message>
        <source>The facts that support the decision, e.g. “the laptop&apos;s disk was encrypted (BitLocker, key not on the device)”</source>
        <translation>Les faits qui fondent la décision, ex. « le disque de l&apos;ordinateur portable était chiffré (BitLocker, clé absente de l&apos;appareil) »</translation>
    </message>
    <message>
        <source>Decided &amp;by:</source>
        <translation>Décidé &amp;par :</translation>
    </message>
    <message>
        <source>&amp;Justification:</source>
        <translation>&amp;Justification :</translation>
    </message>
    <message>
        <source>The clock could not be read; nothing can be recorded.</source>
        <translation>Le délai n&apos;a pas pu être lu ; rien ne peut être enregistré.</translation>
    </message>
    <message>
        <source>This clock is already closed (%1).</source>
        <translation>Ce délai est déjà clos (%1).</translation>
    </message>
    <message>
        <source>Choose the exception that applies, or “None of these”.</source>
        <translation>Choisissez l&apos;exception qui s&apos;applique, ou « Aucune de celles-ci ».</translation>
    </message>
    <message>
        <source>Say who decided.</source>
        <translation>Indiquez qui a décidé.</translation>
    </message>
    <message>
        <source>A decision not to notify must carry its justification.</source>
        <translation>Une décision de ne pas notifier doit être justifiée.</translation>
    </message>
    <message>
        <source>This closes the %1 clock of %2 for good: it stops counting and alerting, and no notice can be recorded on it afterwards. The decision, the exception and the justification go to the audit trail under %3. It cannot be undone.</source>
        <translation>Ceci clôt définitivement le délai %1 de %2 : il cesse de décompter et d&apos;alerter, et aucune notification ne pourra plus y être enregistrée. La décision, l&apos;exception et la justification sont versées à la piste d&apos;audit au nom de %3. C&apos;est irréversible.</translation>
    </message>
    <message>
        <source>Decide not to notify %1?</source>
        <translation>Décider de ne pas notifier %1 ?</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>The decision was not recorded: %1</source>
        <translation>La décision n&apos;a pas été enregistrée : %1</translation>
    </message>
    <message>
        <source>&amp;Public communication:</source>
        <translation>Communication &amp;publique :</translation>
    </message>
    <message>
        <source>What was published instead, where and when, e.g. “notice on the home page and in two national newspapers on 24 Nov”</source>
        <translation>Ce qui a été publié à la place, où et quand, ex. « avis en page d&apos;accueil et dans deux quotidiens nationaux le 24 nov. »</translation>
    </message>
    <message>
        <source>Choose the exception that applies.</source>
        <translation>Choisissez l&apos;exception qui s&apos;applique.</translation>
    </message>
    <message>
        <source>With this exception a public communication informs the data subjects instead: say what, where and when.</source>
        <translation>Avec cette exception, une communication publique informe les personnes concernées à la place : indiquez quoi, où et quand.</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::WelcomeDialog</name>
    <message>
        <source>Open a &amp;demo incident to explore every screen</source>
        <translation>Ouvrir un incident de &amp;démonstration pour explorer chaque écran</translation>
    </message>
    <message>
        <source>Welcome to Firebreak</source>
        <translation>Bienvenue dans Firebreak</translation>
    </message>
    <message>
        <source>Opens a throw-away case store with an example ransomware incident. Your own case store is not touched and the demo is discarded when Firebreak closes.</source>
        <translation>Ouvre une base de dossiers jetable avec un exemple d&apos;incident de rançongiciel. Votre propre base n&apos;est pas modifiée et la démonstration est supprimée à la fermeture de Firebreak.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Commencer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before the first incident&lt;/b&gt;&lt;br&gt;These answers pre-fill every record: the audit trail and acquisition logs name the examiner, notices go to the authority below. You can change them later in File › Settings…</source>
        <translation>&lt;b&gt;Avant le premier incident&lt;/b&gt;&lt;br&gt;Ces réponses pré-remplissent chaque enregistrement : la piste d&apos;audit et les procès-verbaux d&apos;acquisition nomment l&apos;examinateur, les notifications vont à l&apos;autorité ci-dessous. Vous pourrez les modifier plus tard dans Fichier › Réglages…</translation>
    </message>
    <message>
        <source>Skip for now; the login name is used as the examiner until you fill in File › Settings…</source>
        <translation>Passer pour l&apos;instant ; le nom de connexion sert d&apos;examinateur jusqu&apos;à ce que vous remplissiez Fichier › Réglages…</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::WindowActions</name>
    <message>
        <source>&amp;New Case Store…</source>
        <translation>&amp;Nouvelle base de dossiers…</translation>
    </message>
    <message>
        <source>Create an empty case store file</source>
        <translation>Créer un fichier de base de dossiers vide</translation>
    </message>
    <message>
        <source>&amp;Open Case Store…</source>
        <translation>&amp;Ouvrir une base de dossiers…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Firebreak</source>
        <translation>Quitter Firebreak</translation>
    </message>
    <message>
        <source>&amp;New Incident…</source>
        <translation>Nouvel &amp;incident…</translation>
    </message>
    <message>
        <source>Open a new incident</source>
        <translation>Ouvrir un nouvel incident</translation>
    </message>
    <message>
        <source>Add &amp;Person…</source>
        <translation>Ajouter une &amp;personne…</translation>
    </message>
    <message>
        <source>Add a person working on the selected incident</source>
        <translation>Ajouter une personne qui travaille sur l&apos;incident sélectionné</translation>
    </message>
    <message>
        <source>Add &amp;System…</source>
        <translation>Ajouter un &amp;système…</translation>
    </message>
    <message>
        <source>Record a system affected by the selected incident</source>
        <translation>Enregistrer un système affecté par l&apos;incident sélectionné</translation>
    </message>
    <message>
        <source>&amp;Acquire Image…</source>
        <translation>&amp;Acquérir une image…</translation>
    </message>
    <message>
        <source>Take a byte-for-byte image of a disk or file for the selected incident</source>
        <translation>Réaliser une image bit à bit d&apos;un disque ou d&apos;un fichier pour l&apos;incident sélectionné</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <source>Reload incidents and re-verify the audit chain</source>
        <translation>Recharger les incidents et revérifier la chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Filter Incidents</source>
        <translation>&amp;Filtrer les incidents</translation>
    </message>
    <message>
        <source>Filter the incident list</source>
        <translation>Filtrer la liste des incidents</translation>
    </message>
    <message>
        <source>&amp;Verify Audit Trail</source>
        <translation>&amp;Vérifier la piste d&apos;audit</translation>
    </message>
    <message>
        <source>Walk the audit hash chain from its first entry</source>
        <translation>Parcourir la chaîne d&apos;empreintes d&apos;audit depuis sa première entrée</translation>
    </message>
    <message>
        <source>&amp;About Firebreak</source>
        <translation>À &amp;propos de Firebreak</translation>
    </message>
    <message>
        <source>About Firebreak</source>
        <translation>À propos de Firebreak</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Incident</source>
        <translation>&amp;Incident</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>Open a case file on this computer or a team store on a PostgreSQL server</source>
        <translation>Ouvrir un fichier de dossiers sur cet ordinateur ou une base d&apos;équipe sur un serveur PostgreSQL</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Ré&amp;glages…</translation>
    </message>
    <message>
        <source>Examiner, organisation and logo, time zone, evidence folder, authority, alerts, language</source>
        <translation>Examinateur, organisation et logo, fuseau horaire, dossier des preuves, autorité, alertes, langue</translation>
    </message>
</context>
<context>
    <name>firebreak::ui::WorkspaceHeader</name>
    <message>
        <source>Go to the next open step</source>
        <translation>Aller à la prochaine étape ouverte</translation>
    </message>
    <message>
        <source>See what blocks closing</source>
        <translation>Voir ce qui bloque la clôture</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Clos le %1</translation>
    </message>
    <message>
        <source>Open · %1</source>
        <translation>Ouvert · %1</translation>
    </message>
    <message>
        <source>Commander: %1</source>
        <translation>Responsable : %1</translation>
    </message>
    <message>
        <source>without undue delay</source>
        <translation>dans les meilleurs délais</translation>
    </message>
    <message>
        <source> left</source>
        <translation> restant</translation>
    </message>
    <message>
        <source>Due: %1 · %2</source>
        <translation>Échéance : %1 · %2</translation>
    </message>
    <message>
        <source>Deadline %1
%2</source>
        <translation>Échéance %1
%2</translation>
    </message>
    <message>
        <source>No fixed deadline: notify without undue delay</source>
        <translation>Pas d&apos;échéance fixe : notifier dans les meilleurs délais</translation>
    </message>
    <message>
        <source>Incident closed — reopen it from the Close tab to change it.</source>
        <translation>Incident clos — rouvrez-le depuis l&apos;onglet Clôture pour le modifier.</translation>
    </message>
    <message>
        <source>Next: %1 %2 — %3%4</source>
        <translation>Suivant : %1 %2 — %3%4</translation>
    </message>
    <message>
        <source>✓ Every step is done or skipped.</source>
        <translation>✓ Chaque étape est faite ou ignorée.</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>✓ Ready to close</source>
        <translation>✓ Prêt à clore</translation>
    </message>
    <message>
        <source>Nothing blocks closing</source>
        <translation>Rien ne bloque la clôture</translation>
    </message>
    <message>
        <source>Blocks closing:
• </source>
        <translation>Bloque la clôture :
• </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) block closing →</source>
        <translation>
            <numerusform>%n point bloque la clôture →</numerusform>
            <numerusform>%n points bloquent la clôture →</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>firebreak::ui::ZonedTimeEdit</name>
    <message>
        <source>The time zone the time was read in; stored in UTC with the zone named</source>
        <translation>Le fuseau horaire dans lequel l&apos;heure a été relevée ; stocké en UTC avec le nom du fuseau</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>impossible de créer un dossier temporaire : %1</translation>
    </message>
    <message>
        <source>Cannot build the demo store: %1</source>
        <translation>Impossible de construire la base de démonstration : %1</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Démonstration</translation>
    </message>
    <message>
        <source>Firebreak security incident response workbench: guided response, forensic imaging, notification clocks and a tamper-evident audit trail.</source>
        <translation>Firebreak, poste de travail de réponse aux incidents de sécurité : réponse guidée, imagerie forensique, délais de notification et piste d&apos;audit infalsifiable.</translation>
    </message>
    <message>
        <source>Open a throw-away case store with an example incident to explore; it is deleted on exit and your own store is not touched.</source>
        <translation>Ouvre une base de dossiers jetable avec un exemple d&apos;incident à explorer ; elle est supprimée à la sortie et votre propre base n&apos;est pas modifiée.</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>LANGUE</translation>
    </message>
    <message>
        <source>Case store to open: a case file, or a team store as postgresql://login@server:port/database[?sslmode=verify-full] (no password in it: ~/.pgpass, or you are asked). Default: $FIREBREAK_DB, else the one opened last, else the app-data folder.</source>
        <translation>Base de dossiers à ouvrir : un fichier de dossiers, ou une base d&apos;équipe sous la forme postgresql://identifiant@serveur:port/base[?sslmode=verify-full] (sans mot de passe : ~/.pgpass, sinon il est demandé). Par défaut : $FIREBREAK_DB, sinon la dernière ouverte, sinon le dossier de données de l&apos;application.</translation>
    </message>
    <message>
        <source>FILE|URL</source>
        <translation>FICHIER|URL</translation>
    </message>
    <message>
        <source>Interface language: fr or en (default: the one chosen in Settings, else the system locale).</source>
        <translation>Langue de l&apos;interface : fr ou en (par défaut : celle choisie dans les Réglages, sinon celle du système).</translation>
    </message>
</context>
</TS>
